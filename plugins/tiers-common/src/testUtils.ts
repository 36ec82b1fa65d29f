/**
 * Test utilities of the tier model: `localplus.tiers` as configuration, the
 * seeds' T0-T5 model or one of any annotation and levels.
 *
 * @packageDocumentation
 */
// This entry is itself test code: what it exposes stays in __testUtils__.
// eslint-disable-next-line no-restricted-imports
export {
  SEED_TIER_IDS,
  SEED_TIER_MODEL,
  tierModelConfig,
} from './__testUtils__/tierModelConfig';
