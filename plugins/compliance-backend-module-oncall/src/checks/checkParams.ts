import type { Severity } from '@localplus/plugin-oncall-common';
import { z } from 'zod';
import { DEFAULT_TARGET_MINUTES, severityOf } from './acknowledgementTargets';

const rotationName = z
  .string()
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a rotation name');

export const rotationCoverageParams = z.strictObject({
  /** Only these rotations are in scope; the others are not applicable. Default: all. */
  rotations: z.array(rotationName).min(1).max(500).optional(),
  /** Weeks of the coverage audit ahead; default: the on-call backend's own (oncall.coverageWeeks). */
  weeksAhead: z.number().int().min(1).max(12).optional(),
});

const severityKey = z.enum([
  'P1',
  'P2',
  'P3',
  'P4',
  'critical',
  'high',
  'medium',
  'low',
]);

/** A week at most: a longer target is no target. `null` removes a default. */
const minutes = z.number().positive().max(10_080).nullable();

export const pageAcknowledgementParams = z
  .strictObject({
    targetMinutes: z.partialRecord(severityKey, minutes).optional(),
  })
  .transform((params, context) => {
    const targets: Partial<Record<Severity, number>> = {
      ...DEFAULT_TARGET_MINUTES,
    };
    const given = new Map<Severity, string>();
    for (const [key, value] of Object.entries(params.targetMinutes ?? {})) {
      const severity = severityOf(key)!;
      if (given.has(severity)) {
        context.addIssue({
          code: 'custom',
          path: ['targetMinutes', key],
          message: `names ${severity} again (as ${given.get(severity)})`,
        });
        return z.NEVER;
      }
      given.set(severity, key);
      if (value === null) delete targets[severity];
      else targets[severity] = value!;
    }
    return { targets };
  });
