import { z } from 'zod';

const tier = z
  .string()
  .regex(/^[Tt][0-9]$/, 'must be a tier like T0')
  .transform(value => value.toUpperCase());

const NAME_PART = '[A-Za-z0-9][A-Za-z0-9._-]{0,252}';
/** A full entity ref, `kind:namespace/name`, kept lower-case as the decision index keeps refs. */
const entityRef = z
  .string()
  .regex(
    new RegExp(`^${NAME_PART}:${NAME_PART}/${NAME_PART}$`),
    'must be an entity ref like component:default/docs',
  )
  .transform(value => value.toLocaleLowerCase('en-US'));

export const changeDecisionParams = z.strictObject({
  /** The tiers whose components need a decision; the others are not applicable. */
  tiers: z.array(tier).min(1).max(10).default(['T0', 'T1']),
  /**
   * Entities whose decision folders hold platform-wide records (the `docs`
   * component): a record there counts for every component it names.
   */
  docsEntities: z.array(entityRef).max(20).default(['component:default/docs']),
});
