import { Entity } from '@backstage/catalog-model';
import { checkTierRules } from '../checkTierRules';
import { CompiledTierModel } from '../compileTierModel';

function timePass(
  entities: Entity[],
  rounds: number,
  check: (entity: Entity) => unknown[],
): number {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let round = 0; round < rounds; round++) {
    for (const entity of entities) {
      sink += check(entity).length;
    }
  }
  const elapsed = Number(process.hrtime.bigint() - start);
  if (sink < 0)
    throw new Error('unreachable: keeps the loop from being elided');
  return elapsed;
}

/**
 * Cost of checkTierRules per entity, against a baseline pass that walks the
 * same entities and reads their tier annotation but checks nothing.
 */
export function measureRuleCost(
  entities: Entity[],
  model: CompiledTierModel,
  rounds = 2_000,
): { perEntityMicros: number; baselineMicros: number; ratio: number } {
  const rules = (entity: Entity) => checkTierRules(entity, model);
  const noop = (entity: Entity) =>
    entity.metadata.annotations?.[model.annotation] ? [] : [];
  timePass(entities, rounds / 10, rules);
  timePass(entities, rounds / 10, noop);
  const checks = entities.length * rounds;
  const rulesNs = timePass(entities, rounds, rules);
  const noopNs = timePass(entities, rounds, noop);
  return {
    perEntityMicros: rulesNs / checks / 1000,
    baselineMicros: noopNs / checks / 1000,
    ratio: rulesNs / Math.max(noopNs, 1),
  };
}
