import { stringify } from 'yaml';
import {
  ledgerLatencyThresholdIndicator,
  ledgerSlos,
  p99TimesliceObjective,
  platformSlos,
  walletSlo,
} from '../__fixtures__/seedSlos';
import {
  formatOpenSloProblem,
  MAX_OPENSLO_DOCUMENTS,
  parseOpenSloDocuments,
} from './parseOpenSloDocuments';
import type { OpenSloSlo } from './schema';
import { objectiveTarget, sloWindowSeconds } from './sloAccessors';

const messages = (text: string) =>
  parseOpenSloDocuments(text).problems.map(formatOpenSloProblem);

/** The wallet SLO with one field changed, to check each problem's path. */
function walletWith(edit: (slo: any) => void): string {
  const slo = parseOpenSloDocuments(walletSlo).documents[0] as any;
  const copy = structuredClone(slo);
  edit(copy);
  return stringify(copy);
}

describe('parseOpenSloDocuments with the seed SLOs', () => {
  it('reads the ledger service, availability and latency SLOs', () => {
    const { documents, problems } = parseOpenSloDocuments(ledgerSlos);
    expect(problems).toEqual([]);
    expect(documents.map(d => `${d.kind}/${d.metadata.name}`)).toEqual([
      'Service/svc-ledger',
      'SLO/svc-ledger-availability',
      'SLO/svc-ledger-latency',
    ]);
    const [, availability, latency] = documents as OpenSloSlo[];
    expect(objectiveTarget(availability.spec.objectives[0])).toBe(0.999);
    expect(objectiveTarget(latency.spec.objectives[0])).toBe(0.99);
    expect(sloWindowSeconds(latency)).toBe(30 * 86400);
  });

  it('reads the wallet SLO on a calendar month', () => {
    const { documents, problems } = parseOpenSloDocuments(walletSlo);
    expect(problems).toEqual([]);
    // The budget period is the real month in Europe/Paris: February 2026.
    expect(
      sloWindowSeconds(
        documents[0] as OpenSloSlo,
        new Date('2026-02-10T12:00:00Z'),
      ),
    ).toBe(28 * 86400);
  });

  it('reads the platform SLOs for Argo CD and Prometheus', () => {
    const { documents, problems } = parseOpenSloDocuments(platformSlos);
    expect(problems).toEqual([]);
    expect(
      (documents as OpenSloSlo[]).map(d => [
        d.spec.service,
        objectiveTarget(d.spec.objectives[0]),
      ]),
    ).toEqual([
      ['argocd', 0.995],
      ['prometheus', 0.995],
    ]);
  });

  it('reads a threshold metric with Timeslices budgeting', () => {
    const text = walletWith(slo => {
      slo.spec.indicator.spec = structuredClone(
        ledgerLatencyThresholdIndicator,
      );
      slo.spec.budgetingMethod = 'Timeslices';
      slo.spec.objectives = [{ ...p99TimesliceObjective }];
    });
    expect(parseOpenSloDocuments(text).problems).toEqual([]);
  });
});

describe('parseOpenSloDocuments reports each invalid field with its path', () => {
  it.each([
    [
      'target above 1',
      (s: any) => {
        s.spec.objectives[0].target = 1.5;
      },
      'document 0: spec.objectives[0].target: must be between 0 and 1',
    ],
    [
      'target of 1',
      (s: any) => {
        s.spec.objectives[0].target = 1;
      },
      'document 0: spec.objectives[0].target: must be between 0 and 1',
    ],
    [
      'both targets',
      (s: any) => {
        s.spec.objectives[0].targetPercent = 99.9;
      },
      'document 0: spec.objectives[0].target: exactly one of target or targetPercent is required',
    ],
    [
      'targetPercent of 100',
      (s: any) => {
        delete s.spec.objectives[0].target;
        s.spec.objectives[0].targetPercent = 100;
      },
      'document 0: spec.objectives[0].targetPercent: must be between 0 and 100',
    ],
    [
      'no objectives',
      (s: any) => {
        s.spec.objectives = [];
      },
      'document 0: spec.objectives: must hold at least one objective',
    ],
    [
      'bad name',
      (s: any) => {
        s.metadata.name = 'Wallet_SLO';
      },
      'document 0: metadata.name: must be lowercase letters, digits and "-", starting and ending with a letter or digit',
    ],
    [
      'bad service',
      (s: any) => {
        s.spec.service = 'svc wallet';
      },
      'document 0: spec.service: must be lowercase letters, digits and "-", starting and ending with a letter or digit',
    ],
    [
      'rolling 45m',
      (s: any) => {
        s.spec.timeWindow = [{ duration: '45m', isRolling: true }];
      },
      'document 0: spec.timeWindow[0].duration: a rolling window must be whole days between 1d and 90d',
    ],
    [
      'calendar year',
      (s: any) => {
        s.spec.timeWindow[0].duration = '1Y';
      },
      'document 0: spec.timeWindow[0].duration: the longest calendar window is a quarter (1Q, 3M, 13w or 92d): a longer one would make Prometheus read more than a quarter of samples per query',
    ],
    [
      'unknown time zone',
      (s: any) => {
        s.spec.timeWindow[0].calendar.timeZone = 'Mars/Olympus';
      },
      'document 0: spec.timeWindow[0].calendar.timeZone: must be an IANA time zone such as Europe/Paris',
    ],
    [
      'two windows',
      (s: any) => {
        s.spec.timeWindow.push(s.spec.timeWindow[0]);
      },
      'document 0: spec.timeWindow: must hold exactly one time window',
    ],
    [
      'unknown budgeting',
      (s: any) => {
        s.spec.budgetingMethod = 'Weighted';
      },
      'document 0: spec.budgetingMethod: must be one of: Occurrences, Timeslices or RatioTimeslices',
    ],
    [
      'timeslices without slices',
      (s: any) => {
        s.spec.budgetingMethod = 'Timeslices';
      },
      'document 0: spec.objectives[0].timeSliceTarget: Timeslices budgeting needs timeSliceTarget and timeSliceWindow',
    ],
    [
      'slices on occurrences',
      (s: any) => {
        s.spec.objectives[0].timeSliceWindow = '1m';
      },
      'document 0: spec.objectives[0].timeSliceWindow: timeSliceTarget and timeSliceWindow only apply to Timeslices or RatioTimeslices budgeting',
    ],
    [
      'op lte on a ratio',
      (s: any) => {
        s.spec.objectives[0].op = 'lte';
      },
      'document 0: spec.objectives[0].op: a ratio objective is met when the good share reaches its target: op must be gte or gt, not lte',
    ],
    [
      'value on a ratio',
      (s: any) => {
        s.spec.objectives[0].value = 1;
      },
      'document 0: spec.objectives[0].value: value only applies to a thresholdMetric',
    ],
    [
      'good and bad',
      (s: any) => {
        s.spec.indicator.spec.ratioMetric.bad =
          s.spec.indicator.spec.ratioMetric.good;
      },
      'document 0: spec.indicator.spec.ratioMetric.good: exactly one of good or bad is required',
    ],
    [
      'datadog source',
      (s: any) => {
        s.spec.indicator.spec.ratioMetric.total.metricSource.type = 'Datadog';
      },
      'document 0: spec.indicator.spec.ratioMetric.total.metricSource.type: only Prometheus metric sources are supported',
    ],
    [
      'query with a fixed range outside rate()',
      (s: any) => {
        s.spec.indicator.spec.ratioMetric.total.metricSource.spec.query =
          'sum(increase(x[5m]))';
      },
      "document 0: spec.indicator.spec.ratioMetric.total.metricSource.spec.query: reads a fixed range outside rate() (increase(x[5m])): write {{window}} where the SLO's window goes",
    ],
    [
      'unknown field',
      (s: any) => {
        s.spec.objective = [];
      },
      'document 0: spec: Unrecognized key: "objective"',
    ],
  ])('%s', (_name, edit, expected) => {
    expect(messages(walletWith(edit))).toEqual([expected]);
  });

  it('numbers documents in the stream and keeps the valid ones', () => {
    const broken = walletWith(s => {
      s.spec.objectives[0].target = 2;
    });
    const result = parseOpenSloDocuments(`${ledgerSlos}---\n${broken}`);
    expect(result.documents).toHaveLength(3);
    expect(result.problems.map(formatOpenSloProblem)).toEqual([
      'document 3: spec.objectives[0].target: must be between 0 and 1',
    ]);
  });
});

describe('parseOpenSloDocuments with hostile input', () => {
  const injected = (query: string) =>
    messages(
      walletWith(s => {
        s.spec.indicator.spec.ratioMetric.good.metricSource.spec.query = query;
      }),
    );
  const queryPath =
    'document 0: spec.indicator.spec.ratioMetric.good.metricSource.spec.query';

  it.each([
    [
      'a line break smuggling a rule',
      'rate(x[{{window}}])\n- record: evil',
      'is not valid PromQL at character 31 (near "evil")',
    ],
    [
      'a line break inside a string',
      'rate(x{a="b\nc"}[{{window}}])',
      'must be a single line without control characters',
    ],
    ['a closing brace', 'rate(x{a="b"}}[{{window}}])', "has an unbalanced '}'"],
    [
      'an escaped quote leaving a string open',
      'rate(x{a="b\\"}[{{window}}])',
      'has an unterminated string',
    ],
    [
      'a comment hiding the wrapper',
      'rate(x[{{window}}]) #',
      'must not contain comments (#)',
    ],
    [
      'an early close of the wrapper',
      'rate(x[{{window}}])) or vector(1',
      "has an unbalanced ')'",
    ],
    [
      'another template',
      'rate(x[{{window}}]) {{ .evil }}',
      'only the {{window}} placeholder is allowed',
    ],
    [
      'a huge query',
      `rate(x[{{window}}])${' + 1'.repeat(600)}`,
      'must be at most 2000 characters',
    ],
  ])('refuses PromQL with %s', (_name, query, problem) => {
    expect(injected(query)).toEqual([`${queryPath}: ${problem}`]);
  });

  it('accepts braces and hashes inside label values', () => {
    expect(injected('rate(x{path="/a}#{b"}[{{window}}])')).toEqual([]);
  });

  it.each([
    ['not YAML', '{{{ : ]]', /^document 0: /],
    [
      'a 10 MB string',
      'a'.repeat(10 * 1024 * 1024),
      /^input: is larger than 262144 bytes$/,
    ],
    [
      'deep nesting',
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      /^(input|document 0): /,
    ],
    ['a scalar', '42', /^document 0: must be a mapping/],
    [
      'an unknown kind',
      'apiVersion: openslo/v1\nkind: Pizza\n',
      /^document 0: kind: must be SLO, SLI, Service, DataSource, AlertPolicy, AlertCondition or AlertNotificationTarget$/,
    ],
    [
      'a prototype key as kind',
      'apiVersion: openslo/v1\nkind: constructor\n',
      /^document 0: kind: must be SLO, SLI, Service, DataSource, AlertPolicy, AlertCondition or AlertNotificationTarget$/,
    ],
    [
      'a kind without its fields',
      'apiVersion: openslo/v1\nkind: AlertNotificationTarget\n',
      /^document 0: metadata: /,
    ],
    [
      'another API version',
      'apiVersion: openslo/v1alpha\nkind: SLO\n',
      /^document 0: apiVersion: openslo\/v1alpha is an older OpenSLO version: the portal reads openslo\/v1$/,
    ],
    ['duplicate keys', 'kind: SLO\nkind: SLO\n', /^document 0: /],
    ['an empty file', '', /^input: holds no OpenSLO documents$/],
    [
      'too many documents',
      'a: 1\n---\n'.repeat(MAX_OPENSLO_DOCUMENTS + 1),
      /^input: holds more than 50 documents$/,
    ],
  ])('reports %s without throwing', (_name, text, pattern) => {
    const result = parseOpenSloDocuments(text);
    expect(result.documents).toEqual([]);
    expect(result.problems.length).toBeGreaterThan(0);
    expect(formatOpenSloProblem(result.problems[0])).toMatch(pattern);
  });

  it('refuses an alias bomb', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      levels.push(
        `${next}: &${next} [${Array(10).fill(`*${prev}`).join(',')}]`,
      );
    }
    const result = parseOpenSloDocuments(levels.join('\n'));
    expect(result.documents).toEqual([]);
    expect(formatOpenSloProblem(result.problems[0])).toMatch(
      /^document 0: .*alias/i,
    );
  });

  it('reports a non-string input', () => {
    expect(parseOpenSloDocuments(undefined).problems).toHaveLength(1);
  });
});
