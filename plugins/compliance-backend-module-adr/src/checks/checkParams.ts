import { z } from 'zod';
import { levelNamed } from '../levelNamed';

const NAME_PART = '[A-Za-z0-9][A-Za-z0-9._-]{0,252}';
/** A full entity ref, `kind:namespace/name`, kept lower-case as the decision index keeps refs. */
const entityRef = z
  .string()
  .regex(
    new RegExp(`^${NAME_PART}:${NAME_PART}/${NAME_PART}$`),
    'must be an entity ref like component:default/docs',
  )
  .transform(value => value.toLocaleLowerCase('en-US'));

/**
 * The parameters of `adr.change-decision` under a tier model whose level
 * ids, strictest first, are `levels`.
 */
export function changeDecisionParams(levels: readonly string[]) {
  /** One of the model's levels in any case, read as the model spells it. */
  const tier = z
    .string()
    .max(100)
    .transform((value, ctx) => {
      const level = levelNamed(levels, value);
      if (level === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `must be one of the tier model's levels: ${levels.join(
            ', ',
          )}`,
        });
        return z.NEVER;
      }
      return level;
    });
  return z.strictObject({
    /**
     * The tiers whose components need a decision; the others are not
     * applicable. By default the model's two strictest (T0 and T1 in the
     * seeds' model).
     */
    tiers: z.array(tier).min(1).max(10).default(levels.slice(0, 2)),
    /**
     * Entities whose decision folders hold platform-wide records (the `docs`
     * component): a record there counts for every component it names.
     */
    docsEntities: z
      .array(entityRef)
      .max(20)
      .default(['component:default/docs']),
  });
}
