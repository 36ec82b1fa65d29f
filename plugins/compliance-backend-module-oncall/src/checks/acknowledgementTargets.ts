import type { Severity } from '@localplus/plugin-oncall-common';

/**
 * The seeds' on-call expectations (002, "On-Call Expectations"): a P1 is
 * acknowledged within 5 minutes, a P2 within 15, a P3 within the hour. A P4
 * is a ticket for the next sprint: no acknowledgement target.
 */
export const DEFAULT_TARGET_MINUTES: Readonly<
  Partial<Record<Severity, number>>
> = { P1: 5, P2: 15, P3: 60 };

/** The seeds' severity matrix names (001 7.5, 002 "Severity Levels"). */
export const SEVERITY_BY_NAME: Readonly<Record<string, Severity>> = {
  critical: 'P1',
  high: 'P2',
  medium: 'P3',
  low: 'P4',
};

/** A severity as controls may write it: `P1` or its name, `critical`. */
export function severityOf(key: string): Severity | undefined {
  if (/^P[1-4]$/.test(key)) return key as Severity;
  return SEVERITY_BY_NAME[key];
}
