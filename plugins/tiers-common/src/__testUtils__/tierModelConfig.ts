/** The seeds' tiers, T0 (the strictest) to T5, as app-config.yaml names them. */
export const SEED_TIER_IDS = ['T0', 'T1', 'T2', 'T3', 'T4', 'T5'];

/**
 * `localplus.tiers` as app-config holds it, with the given annotation and
 * levels (ids, strictest first), each level as complete as the model asks.
 */
export function tierModelConfig(
  annotation: string,
  ids: readonly string[] = SEED_TIER_IDS,
) {
  return {
    annotation,
    levels: ids.map(id => ({
      id,
      name: `Tier ${id}`,
      description: `The ${id} components.`,
      namePattern: '^[a-z0-9-]+$',
      owners: ['team-platform'],
      approvers: 'Tech lead',
      changeProcess: 'Standard review',
    })),
  };
}

/** The seeds' tier model: `localplus.io/tier`, T0 to T5. */
export const SEED_TIER_MODEL = tierModelConfig('localplus.io/tier');
