import { z } from 'zod';
import { descriptionSchema, metadataSchema } from './metadataSchema';

/**
 * An OpenSLO v1 DataSource: a metric source that metric sources name with
 * `metricSourceRef`. The portal queries the Prometheus of its own
 * configuration, so only the `type` is read (`resolveMetricSources` accepts
 * Prometheus only). `connectionDetails` may hold credentials: any value is
 * accepted, none is kept, and no problem message ever quotes it.
 */
export const dataSourceDocumentSchema = z.strictObject({
  apiVersion: z.literal('openslo/v1'),
  kind: z.literal('DataSource'),
  metadata: metadataSchema,
  spec: z
    .strictObject({
      description: descriptionSchema.optional(),
      type: z
        .string({
          error: issue =>
            issue.input === undefined
              ? 'is required: the type of the data source, Prometheus'
              : 'must be a string such as Prometheus',
        })
        .max(200, 'must be at most 200 characters'),
      connectionDetails: z.unknown().optional(),
    })
    .transform(({ connectionDetails, ...spec }) => spec),
});

export type OpenSloDataSource = z.infer<typeof dataSourceDocumentSchema>;
