/*
 * The backend's feature list, kept apart from index.ts so that tests (the
 * route battery, the production configuration test) start exactly the
 * features production starts. Plugins and modules are listed by package name:
 * index.ts loads them with import(), tests (Jest cannot run import()) with
 * require().
 */
import type { BackendFeature } from '@backstage/backend-plugin-api';
import {
  databaseAwareHealthServiceFactory,
  readDecisionCachePermissionsServiceFactory,
} from '@localplus/backend-platform';
import { auditTrailAuditorServiceFactory } from '@localplus/plugin-access-backend';

/** What `backend.add` accepts: a feature or a loaded module holding one. */
export type BackendFeatureEntry =
  | BackendFeature
  | Promise<{ default: BackendFeature }>;

/** A package whose default export is a feature, or a feature itself. */
export type BackendFeatureSource = string | BackendFeature;

/** Every feature the portal backend runs, in the order it adds them. */
export const backendFeatureSources: readonly BackendFeatureSource[] = [
  // Readiness goes red while the database is unreachable.
  databaseAwareHealthServiceFactory,
  // Each plugin's permission checks go to the permission backend as before;
  // a signed-in person's read decisions are reused for 10 s.
  readDecisionCachePermissionsServiceFactory,
  // Backstage's auditor, logging as before and also keeping every completed
  // change (entities, locations, template runs) in the audit trail.
  auditTrailAuditorServiceFactory,

  '@backstage/plugin-app-backend',
  '@backstage/plugin-proxy-backend',

  // Sign-in: guest and the demo users in development, GitHub in production
  // (config decides; production refuses to start with guest or demo users).
  '@backstage/plugin-auth-backend',
  '@backstage/plugin-auth-backend-module-guest-provider',
  '@localplus/plugin-auth-backend-module-demo-users-provider',
  '@backstage/plugin-auth-backend-module-github-provider',

  '@backstage/plugin-catalog-backend',
  '@backstage/plugin-catalog-backend-module-scaffolder-entity-model',
  '@backstage/plugin-catalog-backend-module-logs',
  // Lists entities that failed processing (tier violations among them).
  '@backstage/plugin-catalog-backend-module-unprocessed',
  // Every entity checked against the tier model (localplus.tiers).
  '@localplus/plugin-catalog-backend-module-tier-model',
  // $text files beside entities on disk; file locations where config allows.
  '@localplus/plugin-catalog-backend-module-local-files',

  '@backstage/plugin-scaffolder-backend',
  '@backstage/plugin-scaffolder-backend-module-github',
  '@localplus/plugin-scaffolder-backend-module-localplus',
  '@backstage/plugin-scaffolder-backend-module-notifications',

  '@backstage/plugin-techdocs-backend',
  // Refuses to build a site whose mkdocs.yml would run code from its
  // repository (hooks, unknown plugins, Python tags, !ENV, INHERIT).
  '@localplus/plugin-techdocs-backend-module-safe-mkdocs',
  '@backstage/plugin-kubernetes-backend',
  // Views of one service asking a cluster the same question as the same
  // caller within a few seconds share one set of list calls.
  '@localplus/plugin-kubernetes-backend-module-shared-fetches',
  '@roadiehq/backstage-plugin-argo-cd-backend',
  // Roadie's Argo CD backend checks no permission: this module's router runs
  // first and lets only reads through unless the caller holds
  // argocd.application.write (create, update, sync, delete).
  '@localplus/plugin-argocd-backend-module-write-guard',

  // SLOs and error budgets, measured by Prometheus (one per environment).
  '@localplus/plugin-slo-backend',
  '@localplus/plugin-slo-backend-module-prometheus',
  // On call: rotations (native files and PagerDuty), overrides and swaps,
  // pages from Alertmanager with escalation, calendar feeds, fairness.
  '@localplus/plugin-oncall-backend',
  '@localplus/plugin-oncall-backend-module-pagerduty',

  // Architecture decisions: every backstage.io/adr-location folder parsed
  // (MADR 2-4, Nygard) and indexed; the log, the graph, the review queue,
  // new records as pull requests.
  '@localplus/plugin-adr-backend',
  // The "New decision record" template's action (localplus:adr:create-record).
  '@localplus/plugin-scaffolder-backend-module-adr',

  // Compliance: controls as code mapped to GDPR, PCI DSS and SOC 2,
  // evaluated on a schedule (once across replicas) and on demand; every
  // observation in a hash-chained ledger; OSCAL export. One evidence
  // collector module per source.
  '@localplus/plugin-compliance-backend',
  '@localplus/plugin-compliance-backend-module-catalog',
  '@localplus/plugin-compliance-backend-module-kubernetes',
  '@localplus/plugin-compliance-backend-module-prometheus',
  '@localplus/plugin-compliance-backend-module-oncall',
  '@localplus/plugin-compliance-backend-module-adr',
  '@localplus/plugin-compliance-backend-module-access',
  '@localplus/plugin-compliance-backend-module-github',

  '@backstage/plugin-permission-backend',
  // Who may do what: roles from catalog groups, rules from localplus.access
  // (the backend refuses to start without them).
  '@localplus/plugin-permission-backend-module-access-policy',
  // The Access page's backend: roles, matrix, who can, why denied, and the
  // audit trail of allowed and denied changes.
  '@localplus/plugin-access-backend',

  // Search: the PostgreSQL engine registers itself on PostgreSQL and leaves
  // Lunr (in memory) in place on SQLite.
  '@backstage/plugin-search-backend',
  '@backstage/plugin-search-backend-module-pg',
  '@backstage/plugin-search-backend-module-catalog',
  '@backstage/plugin-search-backend-module-techdocs',
  // Architecture decisions as search documents of type adr.
  '@localplus/plugin-search-backend-module-adr',
  // Development: TechDocs kept beside their entities are built and searchable at startup.
  '@localplus/plugin-search-backend-module-techdocs-prebuild',

  '@backstage/plugin-events-backend',
  '@backstage/plugin-notifications-backend',
  '@backstage/plugin-signals-backend',
  '@backstage/plugin-user-settings-backend',

  '@backstage/plugin-mcp-actions-backend',
];

/**
 * The features, ready for `backend.add`. `load` turns a package name into
 * its module: import() by default.
 */
export function backendFeatures(
  load: (packageName: string) => BackendFeatureEntry = packageName =>
    import(packageName),
): BackendFeatureEntry[] {
  return backendFeatureSources.map(source =>
    typeof source === 'string' ? load(source) : source,
  );
}
