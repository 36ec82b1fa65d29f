import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { instantQuery, instantValue } from './instantQuery';
import { startPrometheus } from './startPrometheus';
import { SyntheticSeries } from './syntheticSeries';

jest.setTimeout(60_000);

const DAY = 86_400;
// A whole minute, so the history's samples fall on round times.
const END = Math.floor(Date.now() / 60_000) * 60 - 3600;
const START = END - 2 * DAY;

const jobs: SyntheticSeries = {
  metric: 'jobs_processed_total',
  labels: { queue: 'emails' },
  valueAt: t => 2 * (t - START),
};
const temperature: SyntheticSeries = {
  metric: 'room_temperature_celsius',
  labels: { room: 'a' },
  valueAt: t => 20 + ((t % 3600) / 3600) * Math.PI,
};

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

describe('startPrometheus', () => {
  it('backfills a history that PromQL answers exactly, then cleans up', async () => {
    const prometheus = await startPrometheus({
      history: {
        series: [jobs, temperature],
        start: START,
        end: END,
        stepSeconds: 60,
      },
    });
    try {
      expect(prometheus.url).toBe(`http://127.0.0.1:${prometheus.port}`);
      // Samples at both ends of the range: no extrapolation, 2/s for a day.
      expect(
        await instantValue(
          prometheus.url,
          'sum(increase(jobs_processed_total[1d]))',
          END,
        ),
      ).toBe(2 * DAY);
      const at = END - 7 * 3600 - 25 * 60;
      expect(
        await instantValue(prometheus.url, 'room_temperature_celsius', at),
      ).toBe(temperature.valueAt(at));
      expect(
        await instantValue(
          prometheus.url,
          'count_over_time(room_temperature_celsius[2d])',
          END,
        ),
      ).toBe(2 * 1440 + 1);
      // Before the history: nothing.
      expect(
        await instantQuery(prometheus.url, 'jobs_processed_total', START - 600),
      ).toEqual([]);
      const flags = await (
        await fetch(`${prometheus.url}/api/v1/status/flags`)
      ).json();
      expect(flags.data['storage.tsdb.retention.time']).toMatch(/^\d+d$/);
      expect(parseInt(flags.data['storage.tsdb.retention.time'], 10)).toBe(33);
    } finally {
      await prometheus.stop();
    }
    expect(await exists(prometheus.workDir)).toBe(false);
    await expect(fetch(`${prometheus.url}/-/ready`)).rejects.toThrow();
  });

  it('loads rule files and keeps a given work dir, replacing its old data', async () => {
    const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'devstack-test-'));
    const rules = path.join(workDir, 'rules.yml');
    await fs.writeFile(
      rules,
      'groups:\n  - name: jobs\n    rules:\n      - record: queue:jobs_processed:rate5m\n        expr: sum by (queue) (rate(jobs_processed_total[5m]))\n',
    );
    await fs.mkdir(path.join(workDir, 'data', 'stale'), { recursive: true });
    try {
      const prometheus = await startPrometheus({
        workDir,
        ruleFiles: [rules],
        enableLifecycle: true,
      });
      try {
        const body = await (
          await fetch(`${prometheus.url}/api/v1/rules`)
        ).json();
        expect(body.data.groups[0].rules[0].name).toBe(
          'queue:jobs_processed:rate5m',
        );
        expect(await exists(path.join(workDir, 'data', 'stale'))).toBe(false);
        expect(
          (await fetch(`${prometheus.url}/-/reload`, { method: 'POST' })).ok,
        ).toBe(true);
      } finally {
        await prometheus.stop();
      }
      expect(await exists(path.join(workDir, 'prometheus.yml'))).toBe(true);
    } finally {
      await fs.rm(workDir, { recursive: true, force: true });
    }
  });

  it('says which binary is missing', async () => {
    await expect(
      startPrometheus({ prometheusBinary: '/nonexistent/prometheus' }),
    ).rejects.toThrow(
      '/nonexistent/prometheus was not found (install the Debian package "prometheus", which provides prometheus and promtool)',
    );
    await expect(
      startPrometheus({
        promtoolBinary: '/nonexistent/promtool',
        history: { series: [jobs], start: START, end: END, stepSeconds: 60 },
      }),
    ).rejects.toThrow(/\/nonexistent\/promtool was not found/);
  });

  it('reports an early exit with what Prometheus logged', async () => {
    const blocker = net.createServer();
    await new Promise<void>(resolve => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      await expect(startPrometheus({ port })).rejects.toThrow(
        new RegExp(
          `prometheus exited \\(exit code 1\\) before it was ready on http://127.0.0.1:${port}; it logged:\\n.*address already in use`,
        ),
      );
    } finally {
      blocker.close();
    }

    const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'devstack-test-'));
    const rules = path.join(workDir, 'broken.yml');
    await fs.writeFile(
      rules,
      'groups:\n  - name: x\n    rules:\n      - record: y\n        expr: sum(\n',
    );
    try {
      await expect(
        startPrometheus({ workDir, ruleFiles: [rules] }),
      ).rejects.toThrow(/unclosed left parenthesis/);
    } finally {
      await fs.rm(workDir, { recursive: true, force: true });
    }
  });

  it('refuses a history that ends in the future', async () => {
    await expect(
      startPrometheus({
        history: {
          series: [jobs],
          schedule: [
            { start: START, end: END, stepSeconds: 300 },
            { start: END, end: Date.now() / 1000 + 3600, stepSeconds: 60 },
          ],
        },
      }),
    ).rejects.toThrow(/History must end by now/);
  });
});
