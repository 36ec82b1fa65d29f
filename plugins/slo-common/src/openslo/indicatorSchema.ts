import { z } from 'zod';
import { descriptionSchema, metadataSchema } from './metadataSchema';
import { asOneLine, findPromqlProblem } from './promqlSafety';
import { promqlSyntaxProblem } from './promqlSyntax';
import { windowedQuery, withPortalPlaceholder } from './windowedQuery';

/**
 * An SLO's indicator (OpenSLO's SLI spec): a ratio or a threshold metric read
 * from Prometheus. It comes in two forms. As written, a metric source may
 * leave out its `type` when its `metricSourceRef` names a DataSource document
 * of the same file. As returned by the parser, every metric source says its
 * type, taken from that DataSource when the author left it out.
 */

/** Metric source types are compared case-insensitively, as authors write them. */
export const isPrometheusType = (type: string) =>
  type.toLowerCase() === 'prometheus';

/** A good, bad or total query: safe to splice; its window is placed later. */
const ratioQuery = z
  .string()
  .transform(query => withPortalPlaceholder(asOneLine(query)))
  .superRefine((query, ctx) => {
    const problem = findPromqlProblem(query);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
    }
  });

/** A threshold query is read as written, once per time slice. */
const thresholdQuery = z
  .string()
  .transform(asOneLine)
  .superRefine((query, ctx) => {
    const problem = findPromqlProblem(query) ?? promqlSyntaxProblem(query);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
    }
  });

/** OpenSLO's precomputed ratios (`raw`, `rawType`) carry no events to count. */
const notRaw = z
  .never({
    error:
      'a precomputed ratio (raw, rawType) is not supported: give total and good or bad, the counters the ratio is made of',
  })
  .optional();

const prometheusType = z.string().refine(isPrometheusType, {
  message: 'only Prometheus metric sources are supported',
});

/** The indicator spec, with `type` checked by the schema given. */
function indicatorSpec<T extends z.ZodType<string | undefined>>(type: T) {
  const metricSource = (query: typeof ratioQuery | typeof thresholdQuery) =>
    z.strictObject({
      metricSourceRef: z.string().optional(),
      type,
      // OpenSLO lets a source's spec hold any field its type needs; the
      // portal reads the query and leaves the rest out of what it returns.
      spec: z.object({ query }),
    });
  const ratioPart = z.strictObject({ metricSource: metricSource(ratioQuery) });
  const ratioMetric = z
    .strictObject({
      counter: z.boolean().optional(),
      raw: notRaw,
      rawType: notRaw,
      good: ratioPart.optional(),
      bad: ratioPart.optional(),
      total: ratioPart,
    })
    .superRefine((ratio, ctx) => {
      if (Boolean(ratio.good) === Boolean(ratio.bad)) {
        ctx.addIssue({
          code: 'custom',
          message: 'exactly one of good or bad is required',
          path: ['good'],
        });
      }
    })
    .transform(placeWindows);
  return z
    .strictObject({
      description: descriptionSchema.optional(),
      ratioMetric: ratioMetric.optional(),
      thresholdMetric: z
        .strictObject({ metricSource: metricSource(thresholdQuery) })
        .optional(),
    })
    .superRefine((spec, ctx) => {
      if (Boolean(spec.ratioMetric) === Boolean(spec.thresholdMetric)) {
        ctx.addIssue({
          code: 'custom',
          message: 'exactly one of ratioMetric or thresholdMetric is required',
        });
      }
    });
}

/** Every metric source names its type: how the parser returns an indicator. */
const indicatorSpecSchema = indicatorSpec(prometheusType);
/** A metric source may take its type from the DataSource it names. */
const writtenIndicatorSpecSchema = indicatorSpec(prometheusType.optional());

export const indicatorSchema = z.strictObject({
  metadata: metadataSchema,
  spec: indicatorSpecSchema,
});

export const writtenIndicatorSchema = z.strictObject({
  metadata: metadataSchema,
  spec: writtenIndicatorSpecSchema,
});

const sliDocument = <S extends z.ZodType>(spec: S) =>
  z.strictObject({
    apiVersion: z.literal('openslo/v1'),
    kind: z.literal('SLI'),
    metadata: metadataSchema,
    spec,
  });

/** An SLI document as the parser returns it: every metric source typed. */
export const sliDocumentSchema = sliDocument(indicatorSpecSchema);
/** An SLI document as written, before its metric sources are resolved. */
export const writtenSliSchema = sliDocument(writtenIndicatorSpecSchema);

export type OpenSloIndicator = z.infer<typeof indicatorSchema>;
export type OpenSloSli = z.infer<typeof sliDocumentSchema>;
export type WrittenSli = z.infer<typeof writtenSliSchema>;
export type WrittenIndicatorSpec = WrittenSli['spec'];
export type WrittenMetricSource = NonNullable<
  WrittenIndicatorSpec['thresholdMetric']
>['metricSource'];

const RATIO_PARTS = ['good', 'bad', 'total'] as const;

type RatioWithQueries = {
  counter?: boolean;
} & Partial<
  Record<
    (typeof RATIO_PARTS)[number],
    { metricSource: { spec: { query: string } } }
  >
>;

/**
 * Each good, bad and total query in the form the portal measures over any
 * window (`windowedQuery`): a query read another way is rewritten, one that
 * cannot be is a problem on its `query` field.
 */
function placeWindows<R extends RatioWithQueries>(
  ratio: R,
  ctx: z.RefinementCtx,
): R {
  const placed = { ...ratio };
  for (const part of RATIO_PARTS) {
    const source = ratio[part]?.metricSource;
    if (!source) {
      continue;
    }
    const addIssue = (message: string) =>
      ctx.addIssue({
        code: 'custom',
        message,
        path: [part, 'metricSource', 'spec', 'query'],
      });
    const result = windowedQuery(source.spec.query, ratio.counter);
    if ('problem' in result) {
      addIssue(result.problem);
      continue;
    }
    const lengthProblem = findPromqlProblem(result.query);
    if (lengthProblem) {
      addIssue(`once its window is placed, the query ${lengthProblem}`);
      continue;
    }
    placed[part] = {
      ...ratio[part],
      metricSource: {
        ...source,
        spec: { ...source.spec, query: result.query },
      },
    } as R[typeof part];
  }
  return placed;
}
