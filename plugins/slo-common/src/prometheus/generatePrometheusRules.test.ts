import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse, stringify } from 'yaml';
import {
  ledgerLatencyThresholdIndicator,
  ledgerSlos,
  p99TimesliceObjective,
  walletSlo,
} from '../__fixtures__/seedSlos';
import { parseOpenSloDocuments } from '../openslo/parseOpenSloDocuments';
import type { OpenSloSlo } from '../openslo/schema';
import {
  AlertingRule,
  generatePrometheusRules,
  GeneratePrometheusRulesOptions,
  prometheusRulesToYaml,
} from './generatePrometheusRules';
import { toPrometheusRuleResource } from './toPrometheusRuleResource';

const PROMTOOL = process.env.PROMTOOL ?? '/usr/bin/promtool';
const run = promisify(execFile);

const options: GeneratePrometheusRulesOptions = {
  runbookUrl:
    'https://backstage.localplus.example/docs/default/component/svc-ledger/runbook/',
  dashboardUrl:
    'https://grafana.localplus.example/d/slo/slo?var-slo=svc-ledger-availability',
};

const ledgerAvailability = parseOpenSloDocuments(ledgerSlos).documents.find(
  d => d.metadata.name === 'svc-ledger-availability',
) as OpenSloSlo;

let workDir: string;
beforeAll(async () => {
  workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'slo-rules-'));
});
afterAll(async () => {
  await fs.rm(workDir, { recursive: true, force: true });
});

async function writeFile(name: string, content: string): Promise<string> {
  const file = path.join(workDir, name);
  await fs.writeFile(file, content, 'utf8');
  return file;
}

async function promtool(...args: string[]) {
  return run(PROMTOOL, args, { cwd: workDir, timeout: 120_000 });
}

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
      'sum(rate(http_requests_total{service="svc-ledger",code=~"5.."}[5m])) / sum(rate(http_requests_total{service="svc-ledger"}[5m]))',
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
      'runbook_url',
      'dashboard_url',
    ]);
  });

  it('writes a good-over-total ratio as one minus its success ratio', () => {
    const wallet = parseOpenSloDocuments(walletSlo).documents[0] as OpenSloSlo;
    const [group] = generatePrometheusRules(wallet).groups;
    expect(group.rules[0].expr).toBe(
      '1 - (sum(rate(http_requests_total{service="svc-wallet",code!~"5.."}[5m])) / sum(rate(http_requests_total{service="svc-wallet"}[5m])))',
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
});

describe('generated rules under promtool', () => {
  it('passes promtool check rules for every seed SLO', async () => {
    const slos = parseOpenSloDocuments(
      `${ledgerSlos}---\n${walletSlo}`,
    ).documents.filter((d): d is OpenSloSlo => d.kind === 'SLO');
    const groups = slos.flatMap(
      slo =>
        generatePrometheusRules(slo, { ...options, minimumEvents: 100 }).groups,
    );
    const file = await writeFile(
      'seeds.rules.yaml',
      prometheusRulesToYaml({ groups }),
    );
    const { stdout } = await promtool('check', 'rules', file);
    expect(stdout).toMatch(/SUCCESS: 45 rules found/);
  }, 60_000);

  /**
   * Three days and one hour of traffic at 1000 requests a minute with a constant
   * error ratio, so every window, up to 3d, sees that ratio at the end.
   */
  function scenario(
    burnRate: number,
    expectedLongWindows: string[],
    ruleOptions = options,
  ) {
    const errorsPerMinute = 1000 * 0.001 * burnRate;
    const minutes = 73 * 60;
    const expected = expectedLongWindows.map(long => {
      const rule = generatePrometheusRules(
        ledgerAvailability,
        ruleOptions,
      ).groups[0].rules.find(
        (r): r is AlertingRule => 'alert' in r && r.labels.long_window === long,
      )!;
      return { exp_labels: rule.labels, exp_annotations: rule.annotations };
    });
    return {
      interval: '1m',
      name: `${burnRate}x burns ${expectedLongWindows.join(', ') || 'nothing'}`,
      input_series: [
        {
          series: 'http_requests_total{service="svc-ledger",code="200"}',
          values: `0+${1000 - errorsPerMinute}x${minutes}`,
        },
        {
          series: 'http_requests_total{service="svc-ledger",code="500"}',
          values: `0+${errorsPerMinute}x${minutes}`,
        },
      ],
      alert_rule_test: [
        {
          eval_time: `${minutes}m`,
          alertname: 'SloErrorBudgetBurn',
          exp_alerts: expected,
        },
      ],
    };
  }

  it('fires each alert at its burn rate and not just below it', async () => {
    const rules = await writeFile(
      'ledger.rules.yaml',
      prometheusRulesToYaml(
        generatePrometheusRules(ledgerAvailability, options),
      ),
    );
    const tests = {
      rule_files: [rules],
      evaluation_interval: '30m',
      tests: [
        scenario(14.4, ['1h', '6h', '1d', '3d']),
        scenario(14, ['6h', '1d', '3d']),
        scenario(6, ['6h', '1d', '3d']),
        scenario(5.9, ['1d', '3d']),
        scenario(3, ['1d', '3d']),
        scenario(2.9, ['3d']),
        scenario(1, ['3d']),
        scenario(0.95, []),
      ],
    };
    const testFile = await writeFile('ledger.test.yaml', stringify(tests));
    const result = await promtool('test', 'rules', testFile).catch(e => e);
    expect(`${result.stdout}${result.stderr}`).toMatch(/SUCCESS/);
  }, 120_000);

  it('holds alerts back while the long window has too few events', async () => {
    // 1000 requests a minute is 60 000 in 1h and 360 000 in 6h.
    const guarded = { ...options, minimumEvents: 100_000 };
    const rules = await writeFile(
      'guarded.rules.yaml',
      prometheusRulesToYaml(
        generatePrometheusRules(ledgerAvailability, guarded),
      ),
    );
    const tests = {
      rule_files: [rules],
      evaluation_interval: '30m',
      tests: [scenario(14.4, ['6h', '1d', '3d'], guarded)],
    };
    const testFile = await writeFile('guarded.test.yaml', stringify(tests));
    const result = await promtool('test', 'rules', testFile).catch(e => e);
    expect(`${result.stdout}${result.stderr}`).toMatch(/SUCCESS/);
  }, 120_000);

  it('passes promtool check rules for a threshold (timeslice) objective', async () => {
    const slo = structuredClone(ledgerAvailability) as any;
    slo.spec.indicator.spec = structuredClone(ledgerLatencyThresholdIndicator);
    slo.spec.budgetingMethod = 'Timeslices';
    slo.spec.objectives = [{ ...p99TimesliceObjective }];
    const ruleFile = generatePrometheusRules(slo, options);
    expect(ruleFile.groups[0].rules[2].expr).toBe(
      'avg_over_time((max(histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="svc-ledger"}[5m])))) > bool 0.2)[1h:1m])',
    );
    const file = await writeFile(
      'threshold.rules.yaml',
      prometheusRulesToYaml(ruleFile),
    );
    const { stdout } = await promtool('check', 'rules', file);
    expect(stdout).toMatch(/SUCCESS: 11 rules found/);
  }, 60_000);
});
