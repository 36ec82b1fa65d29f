import { InputError } from '@backstage/errors';
import { BUDGET_POLICY } from '@localplus/plugin-slo-common';
import { z } from 'zod';
import type { BudgetSnapshot } from './SnapshotStore';

/** The column is varchar(512); JS counts UTF-16 units, so this is never laxer. */
export const MAX_OBJECTIVE_KEY_LENGTH = 512;
const MAX_ENTITY_REF_LENGTH = 512;
const MAX_SLO_NAME_LENGTH = 255;

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const WINDOW_PATTERN = /^[1-9]\d{0,5}[smhdwMQY]$/;

/** `YYYY-MM-DD` naming a real calendar day (no 2026-02-30). */
export function isUtcDay(value: unknown): value is string {
  if (typeof value !== 'string' || !DAY_PATTERN.test(value)) {
    return false;
  }
  const date = new Date(`${value}T00:00:00.000Z`);
  return (
    !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
  );
}

/** PostgreSQL rejects NUL in text, and no identifier of ours needs controls. */
function isPrintable(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) {
      return false;
    }
  }
  return true;
}

const identifier = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine(isPrintable, 'must not contain control characters');

const measurement = z.number().nullable();

const policyStates = BUDGET_POLICY.map(step => step.state) as [
  string,
  ...string[],
];

const snapshotSchema = z
  .strictObject({
    key: identifier(MAX_OBJECTIVE_KEY_LENGTH),
    entityRef: identifier(MAX_ENTITY_REF_LENGTH),
    sloName: identifier(MAX_SLO_NAME_LENGTH),
    objectiveIndex: z.number().int().min(0).max(10_000),
    day: z.string().refine(isUtcDay, 'must be a UTC day as YYYY-MM-DD'),
    takenAt: z.iso
      .datetime({ offset: true })
      .refine(v => !Number.isNaN(Date.parse(v)), 'must be a real instant'),
    sli: measurement,
    consumedFraction: measurement,
    remainingFraction: measurement,
    remainingSeconds: measurement,
    state: z.enum(policyStates).nullable(),
    target: z.number().gt(0).lt(1),
    windowDuration: z
      .string()
      .regex(WINDOW_PATTERN, 'must be a duration such as 30d or 1M'),
  })
  .refine(
    row => row.key === `${row.entityRef}#${row.sloName}#${row.objectiveIndex}`,
    {
      message: 'must be <entityRef>#<sloName>#<objectiveIndex>',
      path: ['key'],
    },
  );

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map(issue => `${issue.path.join('.') || 'row'} ${issue.message}`)
    .join('; ');
}

/**
 * Checks every row before anything is written and drops all but the last row
 * of each objective and day: one INSERT ... ON CONFLICT may not touch the
 * same row twice on PostgreSQL.
 */
export function validateSnapshots(rows: unknown): BudgetSnapshot[] {
  if (!Array.isArray(rows)) {
    throw new InputError('Snapshots must be an array');
  }
  const byKeyAndDay = new Map<string, BudgetSnapshot>();
  rows.forEach((row, index) => {
    const result = snapshotSchema.safeParse(row);
    if (!result.success) {
      throw new InputError(
        `Invalid snapshot at index ${index}: ${describeIssues(result.error)}`,
      );
    }
    const snapshot = result.data as BudgetSnapshot;
    byKeyAndDay.set(`${snapshot.key}\n${snapshot.day}`, snapshot);
  });
  return [...byKeyAndDay.values()];
}

export function validateObjectiveKey(key: unknown): string {
  const result = identifier(MAX_OBJECTIVE_KEY_LENGTH).safeParse(key);
  if (!result.success) {
    throw new InputError(
      `Invalid objective key: ${describeIssues(result.error)}`,
    );
  }
  return result.data;
}

export function validateDay(day: unknown, name: string): string {
  if (!isUtcDay(day)) {
    throw new InputError(`${name} must be a UTC day as YYYY-MM-DD`);
  }
  return day;
}
