/**
 * `localplus.tiers` as app-config holds it: the given annotation and levels
 * (ids strictest first), each level complete as the tier model asks.
 */
export function tierModelConfig(annotation: string, ids: string[]) {
  return {
    annotation,
    levels: ids.map(id => ({
      id,
      name: `Tier ${id}`,
      description: `The ${id} components.`,
      namePattern: '^[a-z0-9-]+$',
      owners: ['team-loyalty'],
      approvers: 'Tech lead',
      changeProcess: 'Standard review',
    })),
  };
}

/** The seeds' tiers, T0 (the strictest) to T5. */
export const SEED_TIER_IDS = ['T0', 'T1', 'T2', 'T3', 'T4', 'T5'];

/** The seeds' tier model: `localplus.io/tier`, T0 to T5. */
export const SEED_TIER_MODEL = tierModelConfig(
  'localplus.io/tier',
  SEED_TIER_IDS,
);
