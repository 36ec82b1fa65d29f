import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sampleTimesMs } from './sampleSchedule';
import { formatLabels, formatValue, SyntheticSeries } from './syntheticSeries';
import { writeOpenMetrics } from './writeOpenMetrics';

const counter = (
  metric: string,
  labels: Record<string, string>,
  perSecond: number,
): SyntheticSeries => ({
  metric,
  labels,
  valueAt: t => perSecond * (t - 1000),
});

describe('writeOpenMetrics', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'devstack-om-'));
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('writes each family once, each series in time order, and ends with # EOF', async () => {
    const file = path.join(dir, 'out.om');
    const stats = await writeOpenMetrics(
      file,
      [
        counter('http_requests_total', { service: 'b', status: '500' }, 0.5),
        {
          metric: 'probe_success',
          labels: { target: 'x' },
          valueAt: () => 1,
        },
        counter('http_requests_total', { status: '200', service: 'a' }, 2),
      ],
      { start: 1000, end: 1125, stepSeconds: 60 },
    );
    expect(stats).toEqual({ series: 3, samples: 9 });
    expect(await fs.readFile(file, 'utf8')).toBe(
      [
        '# TYPE http_requests_total unknown',
        'http_requests_total{service="a",status="200"} 0 1000',
        'http_requests_total{service="a",status="200"} 120 1060',
        'http_requests_total{service="a",status="200"} 240 1120',
        'http_requests_total{service="b",status="500"} 0 1000',
        'http_requests_total{service="b",status="500"} 30 1060',
        'http_requests_total{service="b",status="500"} 60 1120',
        '# TYPE probe_success unknown',
        'probe_success{target="x"} 1 1000',
        'probe_success{target="x"} 1 1060',
        'probe_success{target="x"} 1 1120',
        '# EOF',
        '',
      ].join('\n'),
    );
  });

  it('rejects duplicate series, bad names and bad schedules before writing', async () => {
    const file = path.join(dir, 'out.om');
    const one = counter('x_total', { a: '1' }, 1);
    const schedule = { start: 0, end: 60, stepSeconds: 60 };
    await expect(writeOpenMetrics(file, [one, one], schedule)).rejects.toThrow(
      /x_total\{a="1"\} is listed twice/,
    );
    await expect(
      writeOpenMetrics(file, [counter('bad-name', {}, 1)], schedule),
    ).rejects.toThrow(/Invalid metric name/);
    await expect(
      writeOpenMetrics(file, [counter('x', { __name__: 'y' }, 1)], schedule),
    ).rejects.toThrow(/Invalid label name/);
    await expect(
      writeOpenMetrics(file, [one], { start: 60, end: 0, stepSeconds: 1 }),
    ).rejects.toThrow(/Invalid sample range/);
    await expect(
      writeOpenMetrics(
        file,
        [one],
        [
          { start: 0, end: 600, stepSeconds: 60 },
          { start: 300, end: 900, stepSeconds: 60 },
        ],
      ),
    ).rejects.toThrow(/Sample schedules overlap/);
    await expect(fs.access(file)).rejects.toThrow();
  });
});

describe('sample formatting', () => {
  it('escapes label values and keeps every float exact', () => {
    expect(formatLabels({ b: 'say "hi"\\\n', a: '' })).toBe(
      '{a="",b="say \\"hi\\"\\\\\\n"}',
    );
    expect(formatLabels({})).toBe('');
    expect(formatValue(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(Number(formatValue(1 / 3))).toBe(1 / 3);
    expect([NaN, Infinity, -Infinity].map(formatValue)).toEqual([
      'NaN',
      '+Inf',
      '-Inf',
    ]);
  });

  it('samples on exact millisecond steps, coarse then fine', () => {
    expect([
      ...sampleTimesMs({ start: 10, end: 10.09, stepSeconds: 0.03 }),
    ]).toEqual([10000, 10030, 10060, 10090]);
    expect([
      ...sampleTimesMs([
        { start: 0, end: 600, stepSeconds: 300 },
        { start: 600, end: 720, stepSeconds: 60 },
      ]),
    ]).toEqual([0, 300_000, 600_000, 660_000, 720_000]);
  });
});
