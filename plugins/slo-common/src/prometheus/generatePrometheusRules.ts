import { stringify } from 'yaml';
import {
  BurnRateAlertWindow,
  errorRatioWindows,
} from '../budget/burnRateAlertWindows';
import { removeDecimalNoise } from '../budget/decimalNoise';
import { durationToSeconds } from '../openslo/durations';
import type { OpenSloSlo } from '../openslo/schema';
import {
  objectiveTarget,
  sloAlertPeriodSeconds,
} from '../openslo/sloAccessors';
import { sloAlertWindows } from './sloAlertWindows';
import { sloQueries, totalRateExpression } from './sloQueries';

export type RecordingRule = {
  record: string;
  expr: string;
  labels: Record<string, string>;
};

export type AlertingRule = {
  alert: string;
  expr: string;
  /** From an AlertCondition's `alertAfter`; absent when the alert fires at once. */
  for?: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
};

export type PrometheusRuleFile = {
  groups: Array<{ name: string; rules: Array<RecordingRule | AlertingRule> }>;
};

export type GeneratePrometheusRulesOptions = {
  runbookUrl?: string;
  dashboardUrl?: string;
  /**
   * Low-traffic guard: alerts need at least this many events in their long
   * window (`sloQueries(...).totalEvents`, requests even under Timeslices
   * budgeting). Assumes the total query is a per-second rate, as in
   * `sum(rate(x_total[{{window}}]))`. Ignored for threshold metrics.
   */
  minimumEvents?: number;
  /**
   * Replaces every objective's table (`sloAlertWindows`, the SRE workbook
   * table scaled to the SLO window). Each window it names is recorded.
   */
  alertWindows?: readonly BurnRateAlertWindow[];
};

export const ERROR_RATIO_RECORD = 'slo:sli_error:ratio_rate';
export const TOTAL_RATE_RECORD = 'slo:sli_total:rate';
export const BURN_RATE_ALERT_NAME = 'SloErrorBudgetBurn';
const BURN_RATE_PRECISION = 0.000001;

/**
 * Recording and alerting rules for one SLO. One group per SLO, recordings
 * first so that alerts in the same group read values from the same cycle.
 * The output depends only on the inputs, in a fixed order, so regenerating a
 * file gives a clean diff.
 */
export function generatePrometheusRules(
  slo: OpenSloSlo,
  options: GeneratePrometheusRulesOptions = {},
): PrometheusRuleFile {
  const minimumEvents = options.minimumEvents ?? 0;
  const guarded =
    minimumEvents > 0 && totalRateExpression(slo, '5m') !== undefined;
  const rules: Array<RecordingRule | AlertingRule> = [];
  const alerts: AlertingRule[] = [];

  slo.spec.objectives.forEach((objective, index) => {
    const labels = {
      slo: slo.metadata.name,
      service: slo.spec.service,
      objective: String(index),
    };
    const selector = `{slo=${quote(labels.slo)},objective=${quote(
      labels.objective,
    )}}`;
    const queries = sloQueries(slo, objective);
    const alertWindows =
      options.alertWindows ?? sloAlertWindows(slo, objective);
    for (const window of errorRatioWindows(alertWindows)) {
      rules.push({
        record: `${ERROR_RATIO_RECORD}${window}`,
        expr: queries.errorRatio(window),
        labels,
      });
    }
    if (guarded) {
      for (const window of uniqueLongWindows(alertWindows)) {
        rules.push({
          record: `${TOTAL_RATE_RECORD}${window}`,
          expr: totalRateExpression(slo, window)!,
          labels,
        });
      }
    }
    const target = objectiveTarget(objective);
    const budget = removeDecimalNoise(1 - target);
    const name = objective.displayName ?? `objective ${index}`;
    for (const alertWindow of alertWindows) {
      // Compared as a burn rate rounded to a millionth: an error ratio rebuilt
      // from counters can land one float step under 6 * 0.001, and a burn of
      // exactly the table's rate must still alert.
      const compare = alertWindow.op === 'gt' ? '>' : '>=';
      const ratio = (window: string) =>
        `round(${ERROR_RATIO_RECORD}${window}${selector} / ${budget}, ${BURN_RATE_PRECISION}) ${compare} ${alertWindow.burnRate}`;
      let expr = `(${ratio(alertWindow.longWindow)}) and (${ratio(
        alertWindow.shortWindow,
      )})`;
      if (guarded) {
        const seconds = durationToSeconds(alertWindow.longWindow)!;
        expr += ` and (${TOTAL_RATE_RECORD}${alertWindow.longWindow}${selector} * ${seconds} >= ${minimumEvents})`;
      }
      alerts.push({
        alert: BURN_RATE_ALERT_NAME,
        expr,
        ...(alertWindow.alertAfter ? { for: alertWindow.alertAfter } : {}),
        labels: {
          ...labels,
          severity: alertWindow.severity,
          long_window: alertWindow.longWindow,
          short_window: alertWindow.shortWindow,
          ...(alertWindow.notificationTargets
            ? {
                notification_targets: alertWindow.notificationTargets.join(','),
              }
            : {}),
        },
        annotations: annotationsFor(slo, name, target, alertWindow, options),
      });
    }
  });
  return {
    groups: [
      { name: `slo-${slo.metadata.name}`, rules: [...rules, ...alerts] },
    ],
  };
}

/** The rule file as YAML, with no line folding so expressions stay on one line. */
export function prometheusRulesToYaml(ruleFile: PrometheusRuleFile): string {
  return stringify(ruleFile, { lineWidth: 0, aliasDuplicateObjects: false });
}

function annotationsFor(
  slo: OpenSloSlo,
  objectiveName: string,
  target: number,
  alertWindow: BurnRateAlertWindow,
  options: GeneratePrometheusRulesOptions,
): Record<string, string> {
  // The rule compares with the exact rate; people read two decimals at most
  // (a week holding a change of clocks lowers 14.4 to 14.3142857143).
  const burnRate = removeDecimalNoise(
    Math.round(alertWindow.burnRate * 100) / 100,
  );
  const annotations: Record<string, string> = {
    summary: `${slo.metadata.name} (${slo.spec.service}) is burning its error budget ${burnRate}x too fast`,
    description:
      `${objectiveName} (target ${removeDecimalNoise(
        target * 100,
      )} %): the error ratio ` +
      `over ${alertWindow.longWindow} and ${alertWindow.shortWindow} is at least ` +
      `${burnRate} times the rate that would spend exactly the whole budget.`,
    windows: `long ${alertWindow.longWindow}, short ${
      alertWindow.shortWindow
    }, burn rate ${burnRate}x${
      alertWindow.alertAfter ? `, for ${alertWindow.alertAfter}` : ''
    }: fires after ${budgetSharePercent(
      slo,
      alertWindow,
    )} % of the budget of ${periodName(slo)}`,
  };
  if (options.runbookUrl) {
    annotations.runbook_url = options.runbookUrl;
  }
  if (options.dashboardUrl) {
    annotations.dashboard_url = options.dashboardUrl;
  }
  return annotations;
}

/** Share of the budget a steady burn at the alert's rate spends over its long window, in percent. */
function budgetSharePercent(
  slo: OpenSloSlo,
  alertWindow: BurnRateAlertWindow,
): number {
  const spent =
    (alertWindow.burnRate * durationToSeconds(alertWindow.longWindow)!) /
    sloAlertPeriodSeconds(slo);
  return Math.round(spent * 10000) / 100;
}

function periodName(slo: OpenSloSlo): string {
  const [window] = slo.spec.timeWindow;
  if (window.calendar && !window.isRolling) {
    const seconds = sloAlertPeriodSeconds(slo);
    const days = Math.floor(seconds / 86400);
    const hours = removeDecimalNoise((seconds % 86400) / 3600);
    const length = [
      days && `${days} ${days === 1 ? 'day' : 'days'}`,
      hours && `${hours} ${hours === 1 ? 'hour' : 'hours'}`,
    ]
      .filter(Boolean)
      .join(' ');
    return `its shortest ${window.duration} calendar period (${length} in ${window.calendar.timeZone})`;
  }
  return `a rolling ${window.duration}`;
}

function uniqueLongWindows(
  alertWindows: readonly BurnRateAlertWindow[],
): string[] {
  return [...new Set(alertWindows.map(w => w.longWindow))];
}

/** PromQL accepts JSON-style double-quoted strings, escapes included. */
function quote(value: string): string {
  return JSON.stringify(value);
}
