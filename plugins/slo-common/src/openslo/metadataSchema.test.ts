import {
  formatOpenSloProblem,
  parseOpenSloDocuments,
} from './parseOpenSloDocuments';

const serviceWithLabels = (labels: string) => `apiVersion: openslo/v1
kind: Service
metadata:
  name: depot-scanner
  labels:
${labels}
`;

const problems = (labels: string) =>
  parseOpenSloDocuments(serviceWithLabels(labels)).problems.map(
    formatOpenSloProblem,
  );

const LABEL_VALUE =
  'must be a string or a list of strings (quote numbers and booleans)';

describe('metadata.labels', () => {
  it('holds a string or a list of strings, as OpenSLO v1 allows', () => {
    const { documents, problems: found } = parseOpenSloDocuments(
      serviceWithLabels(
        '    site: north\n    teams:\n      - depot-ops\n      - logistics\n    empty: []',
      ),
    );
    expect(found).toEqual([]);
    expect(documents[0].metadata.labels).toEqual({
      site: 'north',
      teams: ['depot-ops', 'logistics'],
      empty: [],
    });
  });

  it.each([
    ['a number', '    tier: 1', 'tier'],
    ['a boolean', '    public: true', 'public'],
    ['an empty value', '    site:', 'site'],
    ['a list holding a number', '    teams: [depot-ops, 7]', 'teams'],
    ['a mapping', '    owner:\n      team: depot-ops', 'owner'],
  ])('refuses %s as a label value', (_label, labels, key) => {
    expect(problems(labels)).toEqual([
      `document 0: metadata.labels.${key}: ${LABEL_VALUE}`,
    ]);
  });

  it('reads the quoted form of a number', () => {
    expect(problems('    tier: "1"')).toEqual([]);
  });
});
