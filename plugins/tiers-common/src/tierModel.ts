import { Config } from '@backstage/config';
import { z } from 'zod';

export const DEFAULT_TIER_ANNOTATION = 'localplus.io/tier';

const regex = z.string().refine(
  value => {
    try {
      return new RegExp(value) instanceof RegExp;
    } catch {
      return false;
    }
  },
  { message: 'is not a valid regular expression' },
);

/**
 * The tier model as configured under `localplus.tiers`. The types below are
 * derived from it; `config.d.ts` only declares the same keys to Backstage's
 * config schema (frontend visibility) and must stay in step with it.
 */
export const tierModelSchema = z.object({
  annotation: z.string().min(1).default(DEFAULT_TIER_ANNOTATION),
  appliesTo: z
    .object({
      kinds: z.array(z.string().min(1)).default(['Component']),
      systemPattern: regex.optional(),
    })
    .default({ kinds: ['Component'] }),
  // Strictest first: the order says which of two tiers is stricter.
  levels: z
    .array(
      z.object({
        id: z.string().min(1),
        name: z.string().min(1),
        description: z.string(),
        namePattern: regex,
        owners: z.array(z.string().min(1)).min(1),
        approvers: z.string(),
        changeProcess: z.string(),
        requiredAnnotations: z.array(z.string().min(1)).default([]),
      }),
    )
    .min(1)
    .refine(levels => new Set(levels.map(l => l.id)).size === levels.length, {
      message: 'tier ids must be unique',
    }),
});

/** The organisation's tier model, defaults filled in. */
export type TierModel = z.infer<typeof tierModelSchema>;

/** One tier of the model, as configured under `localplus.tiers.levels`. */
export type TierLevel = TierModel['levels'][number];

/**
 * Reads and validates `localplus.tiers`. Returns undefined when no model is
 * configured; throws with the path of the first invalid field otherwise.
 */
export function readTierModel(config: Config): TierModel | undefined {
  const raw = config.getOptional('localplus.tiers');
  if (raw === undefined) {
    return undefined;
  }
  const parsed = tierModelSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = ['localplus', 'tiers', ...issue.path].join('.');
    throw new Error(`Invalid tier model at ${at}: ${issue.message}`);
  }
  return parsed.data;
}

/**
 * The annotation in which entities declare their tier: the configured
 * model's (`localplus.tiers.annotation`), or the default when no model is
 * configured. Throws as `readTierModel` does when the model is invalid.
 */
export function readTierAnnotation(config: Config): string {
  return readTierModel(config)?.annotation ?? DEFAULT_TIER_ANNOTATION;
}

/**
 * What a check of entities' tiers needs of the model: the annotation in
 * which entities declare their tier and the ids of its levels, strictest
 * first.
 */
export interface TierIds {
  annotation: string;
  levels: readonly string[];
}

/**
 * The configured model's annotation and level ids; undefined when no model
 * is configured. Throws as `readTierModel` does when the model is invalid.
 */
export function readTierIds(config: Config): TierIds | undefined {
  const model = readTierModel(config);
  return (
    model && {
      annotation: model.annotation,
      levels: model.levels.map(level => level.id),
    }
  );
}

/**
 * The strictest of the given tiers: the model lists its levels strictest
 * first, so the one whose level comes first. Values the model does not list
 * are passed over; undefined when none is listed.
 */
export function strictestTier(
  model: { levels: ReadonlyArray<Pick<TierLevel, 'id'>> },
  tiers: Iterable<string>,
): string | undefined {
  const wanted = new Set(tiers);
  return model.levels.find(level => wanted.has(level.id))?.id;
}

/** The tier an entity declares, if any. */
export function declaredTier(
  entity: { metadata: { annotations?: Record<string, string> } },
  model: Pick<TierModel, 'annotation'>,
): string | undefined {
  return entity.metadata.annotations?.[model.annotation];
}

/** Prefix of every processing error the tier processor emits. */
export const TIER_ERROR_PREFIX = 'Tier model:';
