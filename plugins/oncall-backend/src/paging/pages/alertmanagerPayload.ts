import { z } from 'zod';

/**
 * Alertmanager's webhook notification, version 4 (Alertmanager 0.25's
 * `notify/webhook` Message: `template.Data` plus version, groupKey and
 * truncatedAlerts). Objects are loose: Alertmanager adds fields over time,
 * and a newer one must not be refused for it.
 */

/** PostgreSQL text cannot hold NUL: refused here rather than failing the insert. */
const text = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine(value => !value.includes('\u0000'), 'must not contain NUL');

/** Label and annotation maps: Prometheus names, string values of sane size. */
const stringMap = z
  .record(text(256).pipe(z.string().min(1)), text(16 * 1024))
  .refine(map => Object.keys(map).length <= 200, 'at most 200 entries');

/** Go's time.Time in JSON: RFC 3339 with up to nanoseconds and an offset. */
const instant = z.iso.datetime({ offset: true });

export const alertmanagerAlertSchema = z.looseObject({
  status: z.enum(['firing', 'resolved']),
  labels: stringMap,
  annotations: stringMap.default({}),
  startsAt: instant,
  // Alertmanager sends the zero time (0001-01-01) when it does not know the end.
  endsAt: instant.optional(),
  generatorURL: z.string().max(4096).optional(),
  fingerprint: z
    .string()
    .regex(/^[0-9a-f]{1,64}$/, 'must be hexadecimal, as Alertmanager makes it'),
});

export const alertmanagerPayloadSchema = z.looseObject({
  version: z.literal('4'),
  groupKey: z
    .string()
    .max(16 * 1024)
    .optional(),
  truncatedAlerts: z.number().int().min(0).optional(),
  status: z.enum(['firing', 'resolved']),
  receiver: z.string().max(1024),
  groupLabels: stringMap.optional(),
  commonLabels: stringMap.optional(),
  commonAnnotations: stringMap.optional(),
  externalURL: z.string().max(4096).optional(),
  alerts: z.array(alertmanagerAlertSchema).max(1000),
});

export type AlertmanagerAlert = z.infer<typeof alertmanagerAlertSchema>;
export type AlertmanagerPayload = z.infer<typeof alertmanagerPayloadSchema>;
