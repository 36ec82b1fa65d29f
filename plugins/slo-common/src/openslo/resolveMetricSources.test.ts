import { parseFormatted } from '../__testUtils__/parseFormatted';
import {
  asSequence,
  asStream,
  dataSource,
  indicator,
  printLatency,
  printObjective,
  scanRatio,
  sli,
  slo,
} from './__fixtures__/referencedDocuments';
import {
  formatOpenSloProblem,
  parseOpenSloDocuments,
} from './parseOpenSloDocuments';
import type { OpenSloSli } from './indicatorSchema';
import type { OpenSloSlo } from './schema';

const parse = parseFormatted;

const SECRET = 'tk-7f3a9c-do-not-leak';
const credentials = { bearerToken: SECRET, tls: { insecure: false } };
const goodSource = 'spec.ratioMetric.good.metricSource';
const TYPE_REQUIRED =
  'type is required unless metricSourceRef names a DataSource in this file';
const ONLY_PROMETHEUS =
  'only Prometheus data sources are supported: the portal queries the Prometheus of its own configuration';

describe('DataSource documents', () => {
  it('reads a Prometheus DataSource and keeps none of its connectionDetails', () => {
    const text = asStream(
      dataSource('depot-prometheus', 'Prometheus', credentials),
    );
    const result = parseOpenSloDocuments(text);
    expect(result.problems).toEqual([]);
    expect(result.documents).toEqual([
      {
        apiVersion: 'openslo/v1',
        kind: 'DataSource',
        metadata: { name: 'depot-prometheus' },
        spec: { description: 'The depot metrics', type: 'Prometheus' },
      },
    ]);
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });

  it('reads a DataSource without connectionDetails, and any type spelling of Prometheus', () => {
    expect(parse(asStream(dataSource('depot', 'prometheus'))).problems).toEqual(
      [],
    );
  });

  it('refuses another type of DataSource, without quoting its connectionDetails', () => {
    const result = parseOpenSloDocuments(
      asStream(dataSource('depot-graphite', 'Graphite', credentials)),
    );
    expect(result.documents).toEqual([]);
    expect(result.problems.map(formatOpenSloProblem)).toEqual([
      `document 0: spec.type: ${ONLY_PROMETHEUS}`,
    ]);
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });

  it.each([
    [
      'a missing type',
      { description: 'x' },
      'spec.type: is required: the type of the data source, Prometheus',
    ],
    [
      'a type that is a list',
      { type: ['Prometheus'] },
      'spec.type: must be a string such as Prometheus',
    ],
    [
      'an unknown field',
      { type: 'Prometheus', url: 'http://x' },
      'spec: Unrecognized key: "url"',
    ],
  ])('refuses a DataSource with %s', (_label, spec, problem) => {
    const document = { ...dataSource('depot'), spec };
    expect(parse(asStream(document)).problems).toEqual([
      `document 0: ${problem}`,
    ]);
  });

  it.each([
    ['a scalar', SECRET],
    ['null', null],
    ['a long list', Array.from({ length: 5000 }, (_, i) => `${SECRET}-${i}`)],
    [
      'deep nesting',
      JSON.parse(`${'{"a":'.repeat(500)}"${SECRET}"${'}'.repeat(500)}`),
    ],
    ['a key named __proto__', JSON.parse(`{"__proto__": "${SECRET}"}`)],
  ])('accepts and drops connectionDetails holding %s', (_label, details) => {
    const result = parseOpenSloDocuments(
      asStream(dataSource('depot', 'Prometheus', details)),
    );
    expect(result.problems).toEqual([]);
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });

  it('never quotes connectionDetails, even in a YAML error', () => {
    const text = `apiVersion: openslo/v1
kind: DataSource
metadata:
  name: depot
spec:
  type: Prometheus
  connectionDetails:
    password: ${SECRET}
    password: ${SECRET}-again
`;
    const result = parseOpenSloDocuments(text);
    expect(result.problems.map(formatOpenSloProblem)).toEqual([
      'document 0: Map keys must be unique at line 9, column 5',
    ]);
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });

  it('refuses two DataSources of one name', () => {
    expect(
      parse(asStream(dataSource('depot'), dataSource('depot'))).problems,
    ).toEqual([
      'document 1: metadata.name: another DataSource in this file has this name',
    ]);
  });
});

describe('metricSourceRef', () => {
  it('takes the type of the DataSource a metric source names', () => {
    const { documents, problems } = parse(
      asStream(
        dataSource('depot-prometheus', 'prometheus', credentials),
        sli('scans-read', scanRatio({ metricSourceRef: 'depot-prometheus' })),
        slo('scanner-reads', { indicatorRef: 'scans-read' }),
      ),
    );
    expect(problems).toEqual([]);
    const [, named, resolved] = documents as [unknown, OpenSloSli, OpenSloSlo];
    expect(named.spec.ratioMetric?.good?.metricSource).toEqual({
      metricSourceRef: 'depot-prometheus',
      type: 'prometheus',
      spec: {
        query: 'sum(rate(depot_scans_total{result="read"}[{{window}}]))',
      },
    });
    expect(resolved.spec.indicator.spec).toEqual(named.spec);
  });

  it('types the metric sources of an inline indicator too', () => {
    const { documents, problems } = parse(
      asSequence(
        slo(
          'label-printing',
          {
            indicator: indicator(
              'label-print',
              printLatency({ metricSourceRef: 'depot' }),
            ),
          },
          printObjective,
          { budgetingMethod: 'Timeslices' },
        ),
        dataSource('depot'),
      ),
    );
    expect(problems).toEqual([]);
    const [resolved] = documents as OpenSloSlo[];
    expect(
      resolved.spec.indicator.spec.thresholdMetric?.metricSource.type,
    ).toBe('Prometheus');
  });

  it('keeps a written Prometheus type that names a Prometheus DataSource', () => {
    expect(
      parse(
        asStream(
          dataSource('depot', 'PROMETHEUS'),
          sli(
            'scans-read',
            scanRatio({ metricSourceRef: 'depot', type: 'Prometheus' }),
          ),
        ),
      ).problems,
    ).toEqual([]);
  });

  it('reads a reference to no DataSource as information when the type is written', () => {
    expect(
      parse(
        asStream(
          sli(
            'scans-read',
            scanRatio({ metricSourceRef: 'elsewhere', type: 'Prometheus' }),
          ),
        ),
      ).problems,
    ).toEqual([]);
  });

  it('asks for a type when there is neither a type nor a reference', () => {
    expect(parse(asStream(sli('scans-read', scanRatio({})))).problems).toEqual([
      `document 0: ${goodSource}.type: ${TYPE_REQUIRED}`,
      `document 0: spec.ratioMetric.total.metricSource.type: ${TYPE_REQUIRED}`,
    ]);
  });

  it('asks for a type when the reference names no DataSource of the file', () => {
    const { documents, problems } = parse(
      asStream(
        sli('scans-read', scanRatio({ metricSourceRef: 'elsewhere' })),
        slo('scanner-reads', { indicatorRef: 'scans-read' }),
      ),
    );
    expect(documents).toEqual([]);
    expect(problems).toEqual([
      `document 0: ${goodSource}.metricSourceRef: names no valid DataSource in this file ("elsewhere"): ${TYPE_REQUIRED}`,
      `document 0: spec.ratioMetric.total.metricSource.metricSourceRef: names no valid DataSource in this file ("elsewhere"): ${TYPE_REQUIRED}`,
      'document 1: spec.indicatorRef: names no valid SLI in this file ("scans-read"); the SLI must be in the same file as the SLO',
    ]);
  });

  it('refuses a metric source naming a DataSource of another type', () => {
    const { problems } = parse(
      asStream(
        dataSource('depot-graphite', 'Graphite'),
        sli(
          'typed',
          scanRatio({ metricSourceRef: 'depot-graphite', type: 'Prometheus' }),
        ),
        sli('untyped', scanRatio({ metricSourceRef: 'depot-graphite' })),
      ),
    );
    expect(problems).toEqual([
      `document 0: spec.type: ${ONLY_PROMETHEUS}`,
      `document 1: ${goodSource}.type: is Prometheus, but the DataSource that metricSourceRef names ("depot-graphite") is of type Graphite; ${ONLY_PROMETHEUS}`,
      `document 1: spec.ratioMetric.total.metricSource.type: is Prometheus, but the DataSource that metricSourceRef names ("depot-graphite") is of type Graphite; ${ONLY_PROMETHEUS}`,
      `document 2: ${goodSource}.metricSourceRef: names a DataSource ("depot-graphite") of type Graphite; ${ONLY_PROMETHEUS}`,
      `document 2: spec.ratioMetric.total.metricSource.metricSourceRef: names a DataSource ("depot-graphite") of type Graphite; ${ONLY_PROMETHEUS}`,
    ]);
  });

  it('refuses a reference to a name two DataSources share', () => {
    expect(
      parse(
        asStream(
          dataSource('depot'),
          dataSource('depot'),
          sli('scans-read', printLatency({ metricSourceRef: 'depot' })),
        ),
      ).problems,
    ).toEqual([
      'document 1: metadata.name: another DataSource in this file has this name',
      'document 2: spec.thresholdMetric.metricSource.metricSourceRef: names more than one DataSource in this file ("depot"); give each DataSource its own name',
    ]);
  });

  it('finds only DataSources by name, whatever the name', () => {
    expect(
      parse(
        asStream(
          dataSource('constructor'),
          sli('scans-read', printLatency({ metricSourceRef: 'constructor' })),
        ),
      ).problems,
    ).toEqual([]);
    for (const ref of ['__proto__', 'constructor', 'toString']) {
      expect(
        parse(
          asStream(sli('scans-read', printLatency({ metricSourceRef: ref }))),
        ).problems,
      ).toEqual([
        expect.stringMatching(
          /^document 0: spec\.thresholdMetric\.metricSource\.metricSourceRef: names no valid DataSource in this file/,
        ),
      ]);
    }
  });

  it('never quotes a hostile metricSourceRef', () => {
    const hostile = `<img src=x>\u0007${'y'.repeat(3000)}`;
    const { problems } = parse(
      asStream(sli('scans-read', printLatency({ metricSourceRef: hostile }))),
    );
    expect(problems).toEqual([
      `document 0: spec.thresholdMetric.metricSource.metricSourceRef: names no valid DataSource in this file: ${TYPE_REQUIRED}`,
    ]);
  });

  it('refuses a metricSourceRef that is not a string', () => {
    expect(
      parse(
        asStream(
          sli('scans-read', printLatency({ metricSourceRef: { a: 1 } })),
        ),
      ).problems,
    ).toEqual([
      'document 0: spec.thresholdMetric.metricSource.metricSourceRef: Invalid input: expected string, received object',
    ]);
  });

  it('resolves a hundred references to one DataSource', () => {
    const slos = Array.from({ length: 48 }, (_, i) =>
      slo(`scanner-reads-${i}`, {
        indicator: indicator(
          'scans-read',
          scanRatio({ metricSourceRef: 'depot' }),
        ),
      }),
    );
    const { documents, problems } = parse(
      asSequence(
        dataSource('depot', 'Prometheus', credentials),
        sli('scans-read', scanRatio({ metricSourceRef: 'depot' })),
        ...slos,
      ),
    );
    expect(problems).toEqual([]);
    expect(documents).toHaveLength(50);
    expect(JSON.stringify(documents)).not.toContain(SECRET);
  });
});
