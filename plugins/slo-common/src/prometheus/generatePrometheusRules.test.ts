import { parse } from 'yaml';
import {
  ledgerLatencyThresholdIndicator,
  ledgerSlos,
  ledgerTimeslicesSlo,
  p99TimesliceObjective,
  walletSlo,
} from '../__fixtures__/seedSlos';
import { calendarSlo } from '../__fixtures__/calendarSlos';
import { parseOpenSloDocuments } from '../openslo/parseOpenSloDocuments';
import type { OpenSloSlo } from '../openslo/schema';
import {
  AlertingRule,
  generatePrometheusRules,
  GeneratePrometheusRulesOptions,
  prometheusRulesToYaml,
} from './generatePrometheusRules';
import { toPrometheusRuleResource } from './toPrometheusRuleResource';

const options: GeneratePrometheusRulesOptions = {
  runbookUrl:
    'https://backstage.localplus.example/docs/default/component/svc-ledger/runbook/',
  dashboardUrl:
    'https://grafana.localplus.example/d/slo/slo?var-slo=svc-ledger-availability',
};

const ledgerAvailability = parseOpenSloDocuments(ledgerSlos).documents.find(
  d => d.metadata.name === 'svc-ledger-availability',
) as OpenSloSlo;

describe('generatePrometheusRules', () => {
  it('records the error ratio over every window and raises the four alerts', () => {
    const [group] = generatePrometheusRules(ledgerAvailability, options).groups;
    expect(group.name).toBe('slo-svc-ledger-availability');
    const records = group.rules.filter(r => 'record' in r);
    expect(records.map(r => ('record' in r ? r.record : ''))).toEqual(
      ['5m', '30m', '1h', '2h', '6h', '1d', '3d'].map(
        w => `slo:sli_error:ratio_rate${w}`,
      ),
    );
    expect(records[0].expr).toBe(
      '(sum(rate(http_requests_total{service="svc-ledger",code=~"5.."}[5m])) or vector(0)) / sum(rate(http_requests_total{service="svc-ledger"}[5m]))',
    );
    const alerts = group.rules.filter((r): r is AlertingRule => 'alert' in r);
    expect(alerts.map(a => a.labels)).toEqual(
      [
        ['page', '1h', '5m'],
        ['page', '6h', '30m'],
        ['ticket', '1d', '2h'],
        ['ticket', '3d', '6h'],
      ].map(([severity, long_window, short_window]) => ({
        slo: 'svc-ledger-availability',
        service: 'svc-ledger',
        objective: '0',
        severity,
        long_window,
        short_window,
      })),
    );
    expect(alerts[0].expr).toBe(
      '(round(slo:sli_error:ratio_rate1h{slo="svc-ledger-availability",objective="0"} / 0.001, 0.000001) >= 14.4) and (round(slo:sli_error:ratio_rate5m{slo="svc-ledger-availability",objective="0"} / 0.001, 0.000001) >= 14.4)',
    );
    expect(Object.keys(alerts[0].annotations)).toEqual([
      'summary',
      'description',
      'windows',
      'runbook_url',
      'dashboard_url',
    ]);
  });

  it('writes a good-over-total ratio as one minus its success ratio', () => {
    const wallet = parseOpenSloDocuments(walletSlo).documents[0] as OpenSloSlo;
    const [group] = generatePrometheusRules(wallet).groups;
    expect(group.rules[0].expr).toBe(
      '1 - ((sum(rate(http_requests_total{service="svc-wallet",code!~"5.."}[5m])) or vector(0)) / sum(rate(http_requests_total{service="svc-wallet"}[5m])))',
    );
  });

  it('produces the same YAML every time', () => {
    const once = prometheusRulesToYaml(
      generatePrometheusRules(ledgerAvailability, options),
    );
    const twice = prometheusRulesToYaml(
      generatePrometheusRules(ledgerAvailability, options),
    );
    expect(once).toBe(twice);
    expect(parse(once)).toEqual(
      generatePrometheusRules(ledgerAvailability, options),
    );
  });

  it('wraps the rule file as a PrometheusRule resource', () => {
    const ruleFile = generatePrometheusRules(ledgerAvailability);
    const resource = toPrometheusRuleResource('svc-ledger-slos', ruleFile, {
      namespace: 'svc-ledger',
      labels: { release: 'kube-prometheus-stack' },
    });
    expect(resource).toEqual({
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'PrometheusRule',
      metadata: {
        name: 'svc-ledger-slos',
        namespace: 'svc-ledger',
        labels: { release: 'kube-prometheus-stack' },
      },
      spec: ruleFile,
    });
    expect(() => toPrometheusRuleResource('Bad Name', ruleFile)).toThrow(
      TypeError,
    );
  });

  it('alerts on the share of bad slices for a threshold (timeslice) objective', () => {
    const slo = structuredClone(ledgerAvailability) as any;
    slo.spec.indicator.spec = structuredClone(ledgerLatencyThresholdIndicator);
    slo.spec.budgetingMethod = 'Timeslices';
    slo.spec.objectives = [{ ...p99TimesliceObjective }];
    const [group] = generatePrometheusRules(slo, options).groups;
    expect(group.rules).toHaveLength(11);
    expect(group.rules[2].expr).toBe(
      'avg_over_time((max(histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="svc-ledger"}[5m])))) > bool 0.2)[1h:1m])',
    );
  });

  it('alerts on the share of bad slices for a Timeslices ratio, with the request guard', () => {
    const slo = parseOpenSloDocuments(ledgerTimeslicesSlo)
      .documents[0] as OpenSloSlo;
    const [group] = generatePrometheusRules(slo, {
      minimumEvents: 100,
    }).groups;
    expect(group.rules[2]).toEqual({
      record: 'slo:sli_error:ratio_rate1h',
      expr: '1 - avg_over_time(((1 - (sum(rate(http_requests_total{service="svc-ledger",code=~"5.."}[1m])) or vector(0)) / (sum(rate(http_requests_total{service="svc-ledger"}[1m])) > 0)) >= bool 0.99)[1h:1m])',
      labels: {
        slo: 'svc-ledger-good-minutes',
        service: 'svc-ledger',
        objective: '0',
      },
    });
    // The low-traffic guard still counts requests, not slices.
    expect(group.rules[7]).toMatchObject({
      record: 'slo:sli_total:rate1h',
      expr: 'sum(rate(http_requests_total{service="svc-ledger"}[1h]))',
    });
    expect((group.rules[11] as AlertingRule).expr).toBe(
      '(round(slo:sli_error:ratio_rate1h{slo="svc-ledger-good-minutes",objective="0"} / 0.005, 0.000001) >= 14.4) and (round(slo:sli_error:ratio_rate5m{slo="svc-ledger-good-minutes",objective="0"} / 0.005, 0.000001) >= 14.4) and (slo:sli_total:rate1h{slo="svc-ledger-good-minutes",objective="0"} * 3600 >= 100)',
    );
  });
});

describe('generatePrometheusRules on a calendar week', () => {
  it('alerts on the exact burn rate and writes it with two decimals for people', () => {
    // A week in Europe/Paris holding the spring change of clocks is 167
    // hours: 2 % of it is 200.4 minutes, so the page's long window rounds up
    // to 14 minutes and its burn rate comes down to 14.3142857143.
    const text = calendarSlo({ startTime: '2025-03-24 00:00:00' }).replace(
      'duration: 1M',
      'duration: 1w',
    );
    const { documents, problems } = parseOpenSloDocuments(text);
    expect(problems).toEqual([]);
    const [group] = generatePrometheusRules(
      documents[0] as OpenSloSlo,
      options,
    ).groups;
    const [page] = group.rules.filter((r): r is AlertingRule => 'alert' in r);
    expect(page.expr).toContain('>= 14.3142857143');
    expect(page.annotations.summary).toBe(
      'svc-billing-availability (svc-billing) is burning its error budget 14.31x too fast',
    );
    expect(page.annotations.windows).toMatch(
      /^long 14m, short 5m, burn rate 14.31x: /,
    );
  });
});
