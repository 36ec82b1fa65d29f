import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startAlertmanager } from '../alertmanager/startAlertmanager';
import { startPrometheus } from './startPrometheus';

jest.setTimeout(60_000);

type ListedAlert = { labels: Record<string, string> };

describe('startPrometheus with alertmanagers', () => {
  it('sends its firing alerts to the Alertmanager within seconds', async () => {
    const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'alerting-test-'));
    const rules = path.join(workDir, 'rules.yml');
    await fs.writeFile(
      rules,
      'groups:\n  - name: always\n    rules:\n      - alert: AlwaysFiring\n        expr: vector(1)\n        labels: { severity: page }\n',
    );
    const alertmanager = await startAlertmanager();
    try {
      const prometheus = await startPrometheus({
        ruleFiles: [rules],
        evaluationIntervalSeconds: 1,
        alertmanagers: [new URL(alertmanager.url).host],
      });
      try {
        // Well under Prometheus's own resend delay of a minute: the alert
        // of the first evaluation, dropped before discovery, comes again.
        const deadline = Date.now() + 15_000;
        let listed: ListedAlert[] = [];
        while (listed.length === 0 && Date.now() < deadline) {
          await new Promise(resolve => setTimeout(resolve, 250));
          listed = await (
            await fetch(`${alertmanager.url}/api/v2/alerts`)
          ).json();
        }
        expect(listed.map(alert => alert.labels)).toEqual([
          { alertname: 'AlwaysFiring', severity: 'page' },
        ]);
        const flags = await (
          await fetch(`${prometheus.url}/api/v1/status/flags`)
        ).json();
        expect(flags.data['rules.alert.resend-delay']).toBe('1s');
      } finally {
        await prometheus.stop();
      }
    } finally {
      await alertmanager.stop();
      await fs.rm(workDir, { recursive: true, force: true });
    }
  });
});
