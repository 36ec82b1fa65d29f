import type {
  AlertingRule,
  PrometheusRuleFile,
  RecordingRule,
} from './generatePrometheusRules';

/** A series an alert reads that no recording rule of its group produces. */
export type MissingRecording = {
  group: string;
  alert: string;
  alertLabels: Record<string, string>;
  /** The selector as the alert wrote it, e.g. `slo:sli_error:ratio_rate14m{slo="x",objective="0"}`. */
  series: string;
};

// Recorded series are named `level:metric:operations`: a colon marks them.
const RECORDED_SELECTOR =
  /([a-zA-Z_][a-zA-Z0-9_]*:[a-zA-Z0-9_:]*)(\{((?:[^}"]|"(?:[^"\\]|\\.)*")*)\})?/g;
const EQUALITY_MATCHER = /([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*("(?:[^"\\]|\\.)*")/g;

/**
 * The recorded series each alert reads and its group does not record: an
 * alert on a series nobody records never fires, and promtool's `check rules`
 * does not notice. A recording matches when its name is the one read and its
 * labels hold every `label="value"` matcher of the selector.
 */
export function missingRecordings(
  ruleFile: PrometheusRuleFile,
): MissingRecording[] {
  const missing: MissingRecording[] = [];
  for (const group of ruleFile.groups) {
    const records = group.rules.filter(
      (r): r is RecordingRule => 'record' in r,
    );
    const alerts = group.rules.filter((r): r is AlertingRule => 'alert' in r);
    for (const alert of alerts) {
      for (const match of alert.expr.matchAll(RECORDED_SELECTOR)) {
        const [series, name, , matchers = ''] = match;
        const wanted = [...matchers.matchAll(EQUALITY_MATCHER)].map(
          ([, label, value]) => [label, JSON.parse(value) as string],
        );
        const recorded = records.some(
          r =>
            r.record === name &&
            wanted.every(([label, value]) => r.labels?.[label] === value),
        );
        if (!recorded) {
          missing.push({
            group: group.name,
            alert: alert.alert,
            alertLabels: alert.labels,
            series,
          });
        }
      }
    }
  }
  return missing;
}
