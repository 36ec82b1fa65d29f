/**
 * The evidence checks the collector modules make, and the parameters each
 * reads, as the compliance family's contract defines them. A control citing
 * a check that no collector makes would stay "error" forever, and a
 * misspelt parameter would be ignored by the collector and silently
 * replaced by its default: both are caught here, before the portal reads
 * the files.
 */

import { loadTierModel } from '../../docs/__testUtils__/contentModel';

type ParamCheck = (value: unknown) => string | undefined;

const isString = (value: unknown) => typeof value === 'string' && value !== '';

const stringList: ParamCheck = value =>
  Array.isArray(value) && value.length > 0 && value.every(isString)
    ? undefined
    : 'must be a non-empty list of strings';

const nonEmptyString: ParamCheck = value =>
  isString(value) ? undefined : 'must be a non-empty string';

const positiveInteger: ParamCheck = value =>
  Number.isSafeInteger(value) && (value as number) > 0
    ? undefined
    : 'must be a positive whole number';

/** A map of keys (matching `keyPattern`) to positive whole numbers. */
const numbersBy =
  (keyPattern: RegExp, what: string): ParamCheck =>
  value => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      return `must map ${what} to numbers`;
    }
    const entries = Object.entries(value);
    if (entries.length === 0) return `must name at least one ${what}`;
    const bad = entries.find(
      ([key, n]) => !keyPattern.test(key) || positiveInteger(n) !== undefined,
    );
    return bad
      ? `${bad[0]}: must be a ${what} mapped to a positive whole number`
      : undefined;
  };

/** The tier model's level ids (app-config.yaml's `localplus.tiers`). */
const TIER_IDS = loadTierModel().levels.map(level => level.id);
const TIER = new RegExp(`^(${TIER_IDS.join('|')})$`);
const TIER_NAMES = `${TIER_IDS[0]} to ${TIER_IDS[TIER_IDS.length - 1]}`;

const tierList: ParamCheck = value =>
  stringList(value) ??
  ((value as string[]).every(tier => TIER.test(tier))
    ? undefined
    : `must list tiers of the tier model (${TIER_NAMES})`);

const entityRef =
  (kind: string): ParamCheck =>
  value =>
    typeof value === 'string' &&
    new RegExp(`^${kind}:[a-z0-9-]+/[a-z0-9][a-z0-9._-]*$`).test(value)
      ? undefined
      : `must be an entity ref like ${kind}:default/name`;

const configMapParams = {
  namespace: nonEmptyString,
  configMap: nonEmptyString,
  key: nonEmptyString,
};

/** Every check of the contract, with the parameters it reads. */
export const KNOWN_CHECKS: Record<string, Record<string, ParamCheck>> = {
  'catalog.owner': {},
  'catalog.tier': {},
  'catalog.runbook': { tiers: tierList },
  'catalog.data-classification': {},
  'catalog.no-card-data': {},
  'catalog.erasure-procedure': {},
  'catalog.lawful-basis': { consentApi: entityRef('api') },
  'kubernetes.workload-policy': { namespaces: stringList },
  'kubernetes.manifest-policy': {},
  'kubernetes.cluster-region': { regions: stringList },
  'kubernetes.storage-encryption': {},
  'kubernetes.pod-encryption': {},
  'kubernetes.log-retention': { ...configMapParams, maxDays: positiveInteger },
  'kubernetes.log-scrubbing': { ...configMapParams, processors: stringList },
  'prometheus.slo-objectives': {},
  'prometheus.slo-alerting': {},
  'prometheus.budget-policy': {},
  'prometheus.alert-delivery': {},
  'prometheus.tls-minimum': { allowed: stringList },
  'oncall.rotation-coverage': {},
  'oncall.page-acknowledgement': {
    targetMinutes: numbersBy(/^P[1-4]$/, 'severity (P1 to P4)'),
  },
  'adr.change-decision': { tiers: tierList },
  'access.policy': {},
  'access.admins': { maxAdmins: positiveInteger },
  'access.audit-trail': { maxSilenceHours: positiveInteger },
  'github.branch-protection': {
    minReviews: positiveInteger,
    minReviewsByTier: numbersBy(TIER, `tier (${TIER_NAMES})`),
  },
  'ledger.integrity': {},
};

/** Why an evidence entry's check or parameters would not be read as written; empty when fine. */
export function evidenceProblems(evidence: {
  check: string;
  params?: Record<string, unknown>;
}): string[] {
  const known = KNOWN_CHECKS[evidence.check];
  if (!known) return [`${evidence.check}: no collector makes this check`];
  return Object.entries(evidence.params ?? {}).flatMap(([name, value]) => {
    const check = known[name];
    if (!check) {
      return [`${evidence.check}: the check reads no parameter "${name}"`];
    }
    const problem = check(value);
    return problem ? [`${evidence.check}: ${name} ${problem}`] : [];
  });
}
