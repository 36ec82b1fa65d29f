import { parseFormatted } from '../__testUtils__/parseFormatted';
import {
  asSequence,
  asStream,
  indicator,
  printLatency,
  printObjective,
  scanRatio,
  sli,
  slo,
} from './__fixtures__/referencedDocuments';
import {
  conditionDocument,
  policyDocument,
} from '../__fixtures__/alertPolicySlos';
import {
  MAX_OPENSLO_DOCUMENTS,
  parseOpenSloDocuments,
} from './parseOpenSloDocuments';
import { OpenSloSlo, sloDocumentSchema } from './schema';
import { sloAlertConditions } from './sloAlertConditions';

const parse = parseFormatted;

const slos = (text: string) =>
  parseOpenSloDocuments(text).documents.filter(
    (d): d is OpenSloSlo => d.kind === 'SLO',
  );

const timeslices = { budgetingMethod: 'Timeslices' };

describe('SLI documents and indicatorRef', () => {
  it('puts the SLI an SLO names inline, and keeps the SLI document', () => {
    const { documents, problems } = parse(
      asStream(
        sli('scans-read'),
        slo('scanner-reads', { indicatorRef: 'scans-read' }),
      ),
    );
    expect(problems).toEqual([]);
    expect(documents.map(d => `${d.kind}/${d.metadata.name}`)).toEqual([
      'SLI/scans-read',
      'SLO/scanner-reads',
    ]);
    const resolved = documents[1] as OpenSloSlo;
    expect(resolved.spec).not.toHaveProperty('indicatorRef');
    expect(resolved.spec.indicator).toEqual({
      metadata: { name: 'scans-read', displayName: 'SLI scans-read' },
      spec: scanRatio(),
    });
  });

  it('reads an SLO placed before the SLI it names', () => {
    const { problems } = parse(
      asStream(
        slo('scanner-reads', { indicatorRef: 'scans-read' }),
        sli('scans-read'),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('gives the same SLO whether its indicator is inline or named', () => {
    const named = slos(
      asStream(
        sli('scans-read'),
        slo('scanner-reads', { indicatorRef: 'scans-read' }),
      ),
    );
    const inline = slos(
      asStream(slo('scanner-reads', { indicator: indicator('scans-read') })),
    );
    expect(named).toEqual(inline);
  });

  it('runs the objective rules on the indicator an SLO names', () => {
    const text = asStream(
      sli('label-print', printLatency()),
      slo(
        'label-printing',
        { indicatorRef: 'label-print' },
        { ...printObjective, op: undefined },
        timeslices,
      ),
    );
    expect(parse(text).problems).toEqual([
      'document 1: spec.objectives[0].op: a thresholdMetric objective needs op and value',
    ]);
    expect(
      parse(
        asStream(
          sli('scans-read'),
          slo(
            'scanner-reads',
            { indicatorRef: 'scans-read' },
            { target: 0.99, op: 'lte' },
          ),
        ),
      ).problems,
    ).toEqual([
      'document 1: spec.objectives[0].op: a ratio objective is met when the good share reaches its target: op must be gte or gt, not lte',
    ]);
  });

  it('reads a threshold SLI named by a Timeslices SLO', () => {
    const [resolved] = slos(
      asStream(
        sli('label-print', printLatency()),
        slo(
          'label-printing',
          { indicatorRef: 'label-print' },
          printObjective,
          timeslices,
        ),
      ),
    );
    expect(resolved.spec.indicator.spec.thresholdMetric).toBeDefined();
  });

  it('resolves alert policies of an SLO that names its indicator', () => {
    const text = [
      asStream(
        sli('scans-read'),
        slo('scanner-reads', { indicatorRef: 'scans-read' }, undefined, {
          alertPolicies: [{ alertPolicyRef: 'scanner-page' }],
        }),
      ),
      policyDocument({ name: 'scanner-page', conditionRef: 'fast-burn' }),
      conditionDocument({
        name: 'fast-burn',
        threshold: 14.4,
        lookbackWindow: '1h',
      }),
    ].join('');
    const { problems } = parse(text);
    expect(problems).toEqual([]);
    const [resolved] = slos(text);
    expect(sloAlertConditions(resolved)).toEqual([
      expect.objectContaining({
        policy: 'scanner-page',
        condition: 'fast-burn',
      }),
    ]);
  });

  it('refuses an alert window that cuts the time slices of a named threshold SLI', () => {
    const text = [
      asStream(
        sli('label-print', printLatency()),
        slo(
          'label-printing',
          { indicatorRef: 'label-print' },
          { ...printObjective, timeSliceWindow: '10m' },
          { ...timeslices, alertPolicies: [{ alertPolicyRef: 'print-page' }] },
        ),
      ),
      policyDocument({ name: 'print-page', conditionRef: 'print-burn' }),
      conditionDocument({
        name: 'print-burn',
        threshold: 6,
        lookbackWindow: '45m',
      }),
    ].join('');
    expect(parse(text).problems).toEqual([
      expect.stringMatching(
        /^document 1: spec\.alertPolicies\[0\]: lookbackWindow 45m is not a whole number of objective 0's 10m time slices/,
      ),
    ]);
  });

  it('returns SLOs that sloDocumentSchema reads back unchanged', () => {
    const resolved = slos(
      asSequence(
        sli('label-print', printLatency()),
        slo(
          'label-printing',
          { indicatorRef: 'label-print' },
          { ...printObjective, timeSliceWindow: 5 },
          timeslices,
        ),
        slo(
          'scanner-reads',
          { indicator: indicator('scans-read') },
          undefined,
          {
            timeWindow: [
              {
                duration: '1M',
                calendar: {
                  startTime: '2025-03-01 06:00:00',
                  timeZone: 'Europe/Berlin',
                },
              },
            ],
            alertPolicies: null,
          },
        ),
      ),
    );
    expect(resolved).toHaveLength(2);
    for (const document of resolved) {
      expect(sloDocumentSchema.parse(document)).toEqual(document);
    }
  });
});

describe('indicatorRef problems', () => {
  it('refuses an SLO whose SLI is not in the file', () => {
    const { documents, problems } = parse(
      asStream(slo('scanner-reads', { indicatorRef: 'scans-read' })),
    );
    expect(documents).toEqual([]);
    expect(problems).toEqual([
      'document 0: spec.indicatorRef: names no valid SLI in this file ("scans-read"); the SLI must be in the same file as the SLO',
    ]);
  });

  it('refuses an SLO whose SLI is invalid, and says what is wrong with the SLI', () => {
    const { problems } = parse(
      asStream(
        sli('scans-read', scanRatio({ type: 'Graphite' })),
        slo('scanner-reads', { indicatorRef: 'scans-read' }),
      ),
    );
    expect(problems).toEqual([
      'document 0: spec.ratioMetric.good.metricSource.type: only Prometheus metric sources are supported',
      'document 0: spec.ratioMetric.total.metricSource.type: only Prometheus metric sources are supported',
      'document 1: spec.indicatorRef: names no valid SLI in this file ("scans-read"); the SLI must be in the same file as the SLO',
    ]);
  });

  it('refuses an SLO naming itself: an SLO is not an SLI', () => {
    expect(
      parse(asStream(slo('scanner-reads', { indicatorRef: 'scanner-reads' })))
        .problems,
    ).toEqual([
      expect.stringMatching(
        /^document 0: spec\.indicatorRef: names no valid SLI in this file \("scanner-reads"\)/,
      ),
    ]);
  });

  it('refuses an SLI that names another SLI: references go one level deep', () => {
    const { problems } = parse(
      asStream(
        sli('first', { indicatorRef: 'second' }),
        sli('second', { indicatorRef: 'first' }),
        slo('scanner-reads', { indicatorRef: 'first' }),
      ),
    );
    expect(problems).toEqual([
      'document 0: spec: Unrecognized key: "indicatorRef"',
      'document 0: spec: exactly one of ratioMetric or thresholdMetric is required',
      'document 1: spec: Unrecognized key: "indicatorRef"',
      'document 1: spec: exactly one of ratioMetric or thresholdMetric is required',
      'document 2: spec.indicatorRef: names no valid SLI in this file ("first"); the SLI must be in the same file as the SLO',
    ]);
  });

  it('refuses two SLIs of one name and the SLOs that name them', () => {
    const { documents, problems } = parse(
      asStream(
        sli('scans-read'),
        sli('scans-read', printLatency()),
        slo('scanner-reads', { indicatorRef: 'scans-read' }),
      ),
    );
    expect(problems).toEqual([
      'document 1: metadata.name: another SLI in this file has this name',
      'document 2: spec.indicatorRef: names more than one SLI in this file ("scans-read"); give each SLI its own name',
    ]);
    expect(documents.map(d => d.kind)).toEqual(['SLI']);
  });

  it.each([
    [
      'both an indicator and an indicatorRef',
      { indicator: indicator('x'), indicatorRef: 'x' },
      'spec.indicatorRef',
    ],
    ['neither an indicator nor an indicatorRef', {}, 'spec.indicator'],
  ])('refuses an SLO with %s', (_label, which, path) => {
    expect(
      parse(asStream(sli('x'), slo('scanner-reads', which))).problems,
    ).toEqual([
      `document 1: ${path}: exactly one of indicator or indicatorRef is required`,
    ]);
  });

  it.each([
    ['an object', { name: 'scans-read' }],
    ['a number', 42],
    ['a list', ['scans-read']],
    ['null', null],
  ])('refuses an indicatorRef that is %s', (_label, indicatorRef) => {
    expect(
      parse(asStream(sli('scans-read'), slo('scanner-reads', { indicatorRef })))
        .problems,
    ).toEqual([
      'document 1: spec.indicatorRef: must be the name of an SLI document in this file',
    ]);
  });

  it('finds only SLIs by name, whatever the name', () => {
    expect(
      parse(
        asStream(
          sli('constructor'),
          slo('scanner-reads', { indicatorRef: 'constructor' }),
        ),
      ).problems,
    ).toEqual([]);
    expect(
      parse(asStream(slo('scanner-reads', { indicatorRef: 'constructor' })))
        .problems,
    ).toEqual([
      expect.stringMatching(
        /names no valid SLI in this file \("constructor"\)/,
      ),
    ]);
    expect(
      parse(asStream(slo('scanner-reads', { indicatorRef: '__proto__' })))
        .problems,
    ).toEqual([
      'document 0: spec.indicatorRef: must be lowercase letters, digits and "-", starting and ending with a letter or digit',
    ]);
  });

  it(`resolves ${
    MAX_OPENSLO_DOCUMENTS - 1
  } SLOs naming one SLI, and refuses one document more`, () => {
    const many = Array.from({ length: MAX_OPENSLO_DOCUMENTS - 1 }, (_, i) =>
      slo(`scanner-reads-${i}`, { indicatorRef: 'scans-read' }),
    );
    const { documents, problems } = parse(
      asSequence(sli('scans-read'), ...many),
    );
    expect(problems).toEqual([]);
    expect(documents).toHaveLength(MAX_OPENSLO_DOCUMENTS);
    expect(
      parse(asSequence(sli('scans-read'), ...many, many[0])).problems,
    ).toEqual(['input: holds more than 50 documents']);
  });

  it('refuses many dangling references one by one, without quoting a hostile name', () => {
    const dangling = Array.from({ length: 40 }, (_, i) =>
      slo(`scanner-reads-${i}`, { indicatorRef: `gone-${i}` }),
    );
    const { problems } = parse(asSequence(...dangling));
    expect(problems).toHaveLength(40);
    expect(problems[39]).toBe(
      'document 39: spec.indicatorRef: names no valid SLI in this file ("gone-39"); the SLI must be in the same file as the SLO',
    );
    const hostile = parse(
      asStream(
        slo('scanner-reads', { indicatorRef: `<b>${'x'.repeat(5000)}` }),
      ),
    ).problems;
    expect(hostile.length).toBeGreaterThan(0);
    for (const problem of hostile) {
      expect(problem).not.toContain('<b>');
      expect(problem.length).toBeLessThan(200);
    }
  });
});
