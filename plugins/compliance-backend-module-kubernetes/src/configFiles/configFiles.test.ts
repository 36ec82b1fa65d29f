import { longestRetention, readLokiRetention } from './lokiRetention';
import { processorType, readLogsPipelines } from './otelLogPipelines';
import { ConfigFileError, parseConfigYaml } from './parseConfigYaml';
import { parsePromDuration } from './promDuration';

const DAY = 86_400_000;

describe('durations as Loki writes them', () => {
  it.each([
    ['720h', 30 * DAY],
    ['30d', 30 * DAY],
    ['4w2d', 30 * DAY],
    ['1y', 365 * DAY],
    ['1h30m', 5_400_000],
    ['0s', 0],
    ['0', 0],
  ])('%s', (text, ms) => {
    expect(parsePromDuration(text)).toBe(ms);
  });

  it.each([
    '',
    '30',
    '-30d',
    '1.5d',
    '30 days',
    'd',
    '2d1w',
    '1h1h',
    '99999999999h',
    '30D',
  ])('refuses %j', text => {
    expect(parsePromDuration(text)).toBeUndefined();
  });
});

describe('reading a configuration file', () => {
  it('refuses YAML bombs, oversized text, duplicate keys and non-mappings', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) {
      const [name, previous] = [
        String.fromCharCode(97 + i),
        String.fromCharCode(96 + i),
      ];
      bomb.push(
        `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`,
      );
    }
    expect(() => parseConfigYaml(bomb.join('\n'), 'loki config')).toThrow(
      /loki config is not valid YAML: .*[Aa]lias/,
    );
    expect(() =>
      parseConfigYaml(`a: "${'x'.repeat(1024 * 1024)}"`, 'loki config'),
    ).toThrow('loki config is larger than 1 MiB and was not parsed');
    expect(() => parseConfigYaml('a: 1\na: 2', 'cfg')).toThrow(ConfigFileError);
    expect(() => parseConfigYaml('- a\n- b', 'cfg')).toThrow(
      'cfg is not a YAML mapping',
    );
    expect(() => parseConfigYaml('', 'cfg')).toThrow(
      'cfg is not a YAML mapping',
    );
    expect(() => parseConfigYaml('a: [unclosed', 'cfg')).toThrow(
      /^cfg is not valid YAML/,
    );
    expect(() => parseConfigYaml('!!js/function "x"', 'cfg')).toThrow(
      ConfigFileError,
    );
  });

  it('keeps a few anchors, as real configurations use them', () => {
    expect(parseConfigYaml('a: &p { x: 1 }\nb: *p', 'cfg')).toEqual({
      a: { x: 1 },
      b: { x: 1 },
    });
  });
});

describe('Loki retention', () => {
  const loki = (
    limits: string,
    compactor = 'compactor: { retention_enabled: true }',
  ) =>
    readLokiRetention(
      parseConfigYaml(`${compactor}\nlimits_config: ${limits}`, 'loki'),
    );

  it('reads the period and the longest stream period', () => {
    const retention = loki(
      '{ retention_period: 720h, retention_stream: [{ selector: \'{ns="audit"}\', period: 2160h, priority: 1 }] }',
    );
    expect(retention).toMatchObject({
      kind: 'kept',
      period: '720h',
      periodMs: 30 * DAY,
    });
    if (retention.kind !== 'kept') throw new Error('expected kept');
    expect(longestRetention(retention)).toMatchObject({
      what: 'the retention_stream {ns="audit"}',
      days: '90 days',
    });
    expect(longestRetention(retention).withinDays(30)).toBe(false);
  });

  it('treats no period, 0, and retention without the compactor as keeping logs', () => {
    expect(loki('{}').kind).toBe('forever');
    expect(readLokiRetention({}).kind).toBe('forever');
    expect(loki('{ retention_period: 0s }')).toEqual({
      kind: 'forever',
      reason: 'limits_config.retention_period is 0s, which keeps logs forever',
    });
    expect(loki('{ retention_period: 30d }', 'compactor: {}')).toEqual({
      kind: 'not-enforced',
      period: '30d',
    });
    expect(
      loki(
        '{ retention_period: 30d }',
        'compactor: { retention_enabled: "true" }',
      ).kind,
    ).toBe('not-enforced');
  });

  it.each([
    ['[1, 2]', 'limits_config must be a mapping'],
    [
      '{ retention_period: [720h] }',
      'limits_config.retention_period must be a duration such as 720h or 30d',
    ],
    [
      '{ retention_period: 30 days }',
      'limits_config.retention_period "30 days" is not a duration such as 720h or 30d',
    ],
    [
      '{ retention_period: 720 }',
      'limits_config.retention_period "720" is not a duration such as 720h or 30d',
    ],
    [
      '{ retention_period: 1d, retention_stream: { a: 1 } }',
      'limits_config.retention_stream must be a list',
    ],
    [
      '{ retention_period: 1d, retention_stream: [{ selector: x }] }',
      'limits_config.retention_stream[0].period must be a duration such as 720h or 30d',
    ],
    [
      '{ retention_period: 1d, retention_stream: [{ period: 0s }] }',
      'limits_config.retention_stream[0].period is 0, which keeps those logs forever',
    ],
  ])('refuses wrong types: %s', (limits, message) => {
    expect(() => loki(limits)).toThrow(message);
  });
});

describe('OpenTelemetry Collector logs pipelines', () => {
  const otel = (text: string) =>
    readLogsPipelines(parseConfigYaml(text, 'otel'));

  it('finds logs and logs/<name> pipelines and the defined processors', () => {
    const { pipelines, defined } = otel(`
processors: { batch: {}, redaction/pii: {} }
service:
  pipelines:
    traces: { processors: [batch] }
    logs: { processors: [redaction/pii, batch] }
    logs/audit: { receivers: [otlp] }
    logsx: { processors: [] }
`);
    expect(pipelines).toEqual([
      { name: 'logs', processors: ['redaction/pii', 'batch'] },
      { name: 'logs/audit', processors: [] },
    ]);
    expect([...defined]).toEqual(['batch', 'redaction/pii']);
    expect(processorType('redaction/pii')).toBe('redaction');
    expect(processorType('redaction')).toBe('redaction');
  });

  it.each([
    ['receivers: {}', 'service.pipelines is missing or not a mapping'],
    [
      'service: { pipelines: [logs] }',
      'service.pipelines is missing or not a mapping',
    ],
    [
      'processors: [a]\nservice: { pipelines: {} }',
      'processors must be a mapping',
    ],
    [
      'service: { pipelines: { logs: { processors: redaction } } }',
      'service.pipelines.logs.processors must be a list of processor names',
    ],
    [
      'service: { pipelines: { logs: { processors: [{ a: 1 }] } } }',
      'service.pipelines.logs.processors must be a list of processor names',
    ],
  ])('refuses wrong types: %s', (text, message) => {
    expect(() => otel(text)).toThrow(message);
  });
});
