/** `localplus.tiers` with these levels, strictest first, each as complete as the model asks. */
export function tierModelConfig(annotation: string, ids: string[]) {
  const level = (id: string) => ({
    id,
    name: id,
    description: `Components of tier ${id}.`,
    namePattern: '.*',
    owners: ['team-platform'],
    approvers: 'Platform lead',
    changeProcess: 'Reviewed change',
  });
  return { annotation, levels: ids.map(level) };
}

/** The seeds' tier model: `localplus.io/tier`, T0 (the strictest) to T5. */
export const SEED_TIER_MODEL = tierModelConfig(
  'localplus.io/tier',
  Array.from({ length: 6 }, (_, n) => `T${n}`),
);
