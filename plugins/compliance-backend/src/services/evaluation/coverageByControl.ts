import type {
  ComplianceControl,
  CompliancePeriod,
  ControlCoverage,
} from '@localplus/plugin-compliance-common';
import type { ControlRunStatus } from '../store/ComplianceStore';
import {
  computeCoverage,
  CoverageSample,
  maxEvaluationGapMs,
} from './computeCoverage';
import { worstStatus } from './controlStatus';

/**
 * The coverage of each control over a period, from the store's per-run
 * history (`listControlHistory`, with `includePrevious` so the run before
 * the period carries into it). A control with no history has no coverage
 * (`satisfiedRatio` null, the whole period unevaluated).
 */
export function coverageByControl(options: {
  controls: Array<Pick<ComplianceControl, 'id' | 'frequency'>>;
  history: ControlRunStatus[];
  period: CompliancePeriod;
  /** The evaluation schedule's interval: a continuous control's frequency. */
  scheduleIntervalMs: number;
  now?: Date;
}): Record<string, ControlCoverage> {
  const samples = new Map<string, CoverageSample[]>();
  for (const entry of options.history) {
    const status = worstStatus(entry.counts);
    if (status === 'not-evaluated') continue;
    const list = samples.get(entry.controlId) ?? [];
    list.push({ evaluatedAt: entry.evaluatedAt, status });
    samples.set(entry.controlId, list);
  }
  const result: Record<string, ControlCoverage> = {};
  for (const control of options.controls) {
    result[control.id] = computeCoverage(samples.get(control.id) ?? [], {
      period: options.period,
      maxGapMs: maxEvaluationGapMs(
        control.frequency,
        options.scheduleIntervalMs,
      ),
      now: options.now,
    });
  }
  return result;
}
