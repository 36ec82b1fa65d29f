import {
  formatOpenSloProblem,
  MAX_OPENSLO_DOCUMENTS,
  parseOpenSloDocuments,
} from './parseOpenSloDocuments';
import { asSequence, dataSource } from './__fixtures__/referencedDocuments';
import { yamlDocuments } from './yamlDocuments';

function parse(text: string) {
  const { documents, problems } = parseOpenSloDocuments(text);
  return {
    names: documents.map(d => `${d.kind}/${d.metadata.name}`),
    problems: problems.map(formatOpenSloProblem),
  };
}

const service = (name: string) => `apiVersion: openslo/v1
kind: Service
metadata:
  name: ${name}
`;

/** Two services as OpenSLO's CLI writes them: one sequence at the top level. */
const depotServices = `- apiVersion: openslo/v1
  kind: Service
  metadata:
    name: depot-scanner
    labels:
      site: [north, south]
  spec:
    description: Reads the parcel labels at the depot doors
- apiVersion: openslo/v1
  kind: Service
  metadata:
    name: depot-printer
`;

describe('a YAML sequence of documents', () => {
  it('reads each item of a top-level sequence as a document', () => {
    expect(parse(depotServices)).toEqual({
      names: ['Service/depot-scanner', 'Service/depot-printer'],
      problems: [],
    });
  });

  it('numbers documents across sequences and --- documents alike', () => {
    const text = `${depotServices}---\n${service(
      'Depot_Sorter',
    )}---\n- ${service('depot-loader').replace(/\n(?=.)/g, '\n  ')}`;
    expect(parse(text)).toEqual({
      names: [
        'Service/depot-scanner',
        'Service/depot-printer',
        'Service/depot-loader',
      ],
      problems: [
        'document 2: metadata.name: must be lowercase letters, digits and "-", starting and ending with a letter or digit',
      ],
    });
  });

  it('names the item at fault inside a sequence', () => {
    const text = `${depotServices}- apiVersion: openslo/v1alpha\n  kind: Service\n- 42\n- [nested]\n`;
    expect(parse(text).problems).toEqual([
      'document 2: apiVersion: openslo/v1alpha is an older OpenSLO version: the portal reads openslo/v1',
      'document 3: must be a mapping with apiVersion, kind, metadata and spec',
      'document 4: must be a mapping with apiVersion, kind, metadata and spec',
    ]);
  });

  it('keeps the numbering of a plain --- stream', () => {
    expect(
      parse(`${service('a')}---\n${service('B')}---\n${service('c')}`),
    ).toEqual({
      names: ['Service/a', 'Service/c'],
      problems: [expect.stringMatching(/^document 1: metadata\.name: /)],
    });
  });

  it('finds no document in an empty sequence', () => {
    expect(parse('[]\n').problems).toEqual([
      'input: holds no OpenSLO documents',
    ]);
    expect(parse(`[]\n---\n${service('b')}`)).toEqual({
      names: ['Service/b'],
      problems: [],
    });
  });

  it(`counts every item against the ${MAX_OPENSLO_DOCUMENTS}-document cap`, () => {
    const services = (count: number) =>
      asSequence(
        ...Array.from({ length: count }, (_, i) => dataSource(`depot-${i}`)),
      );
    expect(parse(services(MAX_OPENSLO_DOCUMENTS)).problems).toEqual([]);
    expect(parse(services(MAX_OPENSLO_DOCUMENTS + 1)).problems).toEqual([
      'input: holds more than 50 documents',
    ]);
    expect(parse(`[${'1,'.repeat(60_000)}1]`).problems).toEqual([
      'input: holds more than 50 documents',
    ]);
  });

  it('refuses an alias bomb inside a sequence as one document', () => {
    const anchor = (level: number) => String.fromCharCode(97 + level);
    const levels = Array.from({ length: 8 }, (_, i) => {
      const uses = Array(10)
        .fill(`*${anchor(i)}`)
        .join(', ');
      return `- &${anchor(i + 1)} [${uses}]`;
    });
    const bomb = ['- &a [x, x, x, x, x, x, x, x, x, x]', ...levels].join('\n');
    const { problems } = parse(bomb);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^document 0: .*alias/i);
  });
});

describe('yamlDocuments', () => {
  it('reports a YAML error by line and column, without the lines around it', () => {
    const read = yamlDocuments('a: [1, 2\nsecret: hunter2\n', 50);
    expect(read).toEqual([
      { errors: [expect.stringMatching(/at line \d+, column \d+$/)] },
    ]);
    expect(JSON.stringify(read)).not.toContain('hunter2');
  });

  it('reads a JSON document as YAML', () => {
    expect(
      yamlDocuments('{"apiVersion": "openslo/v1", "kind": "Service"}', 50),
    ).toEqual([{ value: { apiVersion: 'openslo/v1', kind: 'Service' } }]);
  });
});
