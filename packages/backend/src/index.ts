/*
 * The LOCAL-PLUS Developer Portal backend: wiring only. Behaviour lives in
 * the plugins and in @localplus/backend-platform.
 */
import { createBackend } from '@backstage/backend-defaults';
import {
  databaseAwareHealthServiceFactory,
  enforceProductionSignIn,
} from '@localplus/backend-platform';

const backend = createBackend();

// Readiness goes red while the database is unreachable.
backend.add(databaseAwareHealthServiceFactory);

backend.add(import('@backstage/plugin-app-backend'));
backend.add(import('@backstage/plugin-proxy-backend'));

// Sign-in: guest and the demo users in development, GitHub in production
// (config decides; production refuses to start with guest or demo users).
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
backend.add(
  import('@localplus/plugin-auth-backend-module-demo-users-provider'),
);
backend.add(import('@backstage/plugin-auth-backend-module-github-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
// Lists entities that failed processing (tier violations among them).
backend.add(import('@backstage/plugin-catalog-backend-module-unprocessed'));
// Every entity checked against the tier model (localplus.tiers).
backend.add(import('@localplus/plugin-catalog-backend-module-tier-model'));
// $text files beside entities on disk; file locations where config allows.
backend.add(import('@localplus/plugin-catalog-backend-module-local-files'));

backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(import('@backstage/plugin-scaffolder-backend-module-github'));
backend.add(import('@localplus/plugin-scaffolder-backend-module-localplus'));
backend.add(
  import('@backstage/plugin-scaffolder-backend-module-notifications'),
);

backend.add(import('@backstage/plugin-techdocs-backend'));
backend.add(import('@backstage/plugin-kubernetes-backend'));
backend.add(import('@roadiehq/backstage-plugin-argo-cd-backend'));

// SLOs and error budgets, measured by Prometheus (one per environment).
backend.add(import('@localplus/plugin-slo-backend'));
backend.add(import('@localplus/plugin-slo-backend-module-prometheus'));

backend.add(import('@backstage/plugin-permission-backend'));
backend.add(
  import('@backstage/plugin-permission-backend-module-allow-all-policy'),
);

// Search: the PostgreSQL engine registers itself on PostgreSQL and leaves
// Lunr (in memory) in place on SQLite.
backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-pg'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
backend.add(import('@backstage/plugin-search-backend-module-techdocs'));
// Development: TechDocs kept beside their entities are built and searchable at startup.
backend.add(
  import('@localplus/plugin-search-backend-module-techdocs-prebuild'),
);

backend.add(import('@backstage/plugin-events-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));
backend.add(import('@backstage/plugin-user-settings-backend'));

backend.add(import('@backstage/plugin-mcp-actions-backend'));

enforceProductionSignIn().then(() => backend.start());
