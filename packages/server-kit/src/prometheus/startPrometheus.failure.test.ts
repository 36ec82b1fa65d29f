import fs from 'node:fs';
import {
  isolateTmpDir,
  neverReadyProgram,
  processesMentioning,
} from '../__testUtils__/leftovers';
import { PrometheusStartError } from './launchPrometheus';
import { startPrometheus } from './startPrometheus';
import { SyntheticSeries } from './syntheticSeries';

jest.setTimeout(60_000);

const END = Math.floor(Date.now() / 60_000) * 60 - 3600;
const up: SyntheticSeries = { metric: 'up', labels: {}, valueAt: () => 1 };

describe('startPrometheus, when startup fails half way', () => {
  const tmp = isolateTmpDir();

  it('stops Prometheus and removes its temporary folder when it is not ready in time', async () => {
    const failure = startPrometheus({
      prometheusBinary: neverReadyProgram(),
      readyTimeoutMs: 500,
    });
    await expect(failure).rejects.toThrow(PrometheusStartError);
    await expect(failure).rejects.toThrow(/was not ready on .* after 500 ms/);
    expect(fs.readdirSync(tmp.dir())).toEqual([]);
    expect(processesMentioning(tmp.dir())).toEqual([]);
  });

  it('removes the folder when promtool fails after the history was written', async () => {
    await expect(
      startPrometheus({
        promtoolBinary: '/bin/false',
        history: { series: [up], start: END - 600, end: END, stepSeconds: 60 },
      }),
    ).rejects.toThrow(/\/bin\/false tsdb create-blocks-from .* failed/);
    expect(fs.readdirSync(tmp.dir())).toEqual([]);
    expect(processesMentioning(tmp.dir())).toEqual([]);
  });

  it('serves under a route prefix, as behind a gateway', async () => {
    const prometheus = await startPrometheus({ routePrefix: '/prometheus' });
    try {
      expect(prometheus.url).toBe(
        `http://127.0.0.1:${prometheus.port}/prometheus`,
      );
      expect((await fetch(`${prometheus.url}/-/ready`)).ok).toBe(true);
    } finally {
      await prometheus.stop();
    }
    expect(processesMentioning(prometheus.workDir)).toEqual([]);
  });
});
