import { InputError } from '@backstage/errors';
import { decisionId, type DecisionSummary } from '@localplus/plugin-adr-common';
import type { DecisionFolder } from '../sources/DecisionFolder';
import { createAuthoringService } from './AuthoringService';
import type { DecisionWriter, DecisionWriteRequest } from './DecisionWriter';

const ENTITY = 'component:default/docs';
const folder: DecisionFolder = {
  type: 'url',
  entityRef: ENTITY,
  url: 'https://github.com/localplus/docs/tree/main/adr',
};
const AUTHOR = 'user:default/jane';

function summary(
  fileName: string,
  overrides: Partial<DecisionSummary> = {},
): DecisionSummary {
  return {
    id: decisionId(ENTITY, fileName),
    entityRef: ENTITY,
    fileName,
    location: `https://github.com/localplus/docs/blob/main/adr/${fileName}`,
    format: 'madr-4',
    title: fileName,
    number: Number(fileName.slice(0, 4)),
    status: 'accepted',
    decisionMakers: [],
    consulted: [],
    informed: [],
    tags: [],
    links: [],
    ...overrides,
  };
}

const existing = [
  summary('0005-central-argocd.md', { title: 'Central Argo CD' }),
  summary('0020-latest.md'),
  // Another entity's higher number does not count.
  {
    ...summary('0090-elsewhere.md'),
    entityRef: 'component:default/svc-ledger',
    id: 'component:default/svc-ledger/0090-elsewhere',
  },
];

const valid = {
  entityRef: ENTITY,
  title: '  Use Kafka for audit events ',
  context: 'Audit events are lost.',
  decision: 'Use Kafka.',
  decisionMakers: ['jane', 'jane', 'marc'],
  supersedes: [decisionId(ENTITY, '0005-central-argocd.md')],
};

function recordingWriter(target: 'github' | 'local' = 'github') {
  const requests: DecisionWriteRequest[] = [];
  const writer: DecisionWriter = {
    target,
    async write(request) {
      requests.push(request);
      return target === 'github'
        ? {
            location: `https://github.com/localplus/docs/blob/adr/${request.fileName.replace(
              '.md',
              '',
            )}/adr/${request.fileName}`,
            pullRequestUrl: 'https://github.com/localplus/docs/pull/42',
          }
        : { location: `component/default/docs/${request.fileName}` };
    },
  };
  return { writer, requests };
}

const now = () => new Date('2026-05-04T23:30:00+02:00');

describe('createAuthoringService', () => {
  it('numbers, renders and writes the record, and says where it went', async () => {
    const { writer, requests } = recordingWriter();
    const service = createAuthoringService({ writer, now });

    const result = await service.create(valid, {
      folder,
      existing,
      author: AUTHOR,
    });

    expect(result).toEqual({
      decisionId: `${ENTITY}/0021-use-kafka-for-audit-events`,
      number: 21,
      fileName: '0021-use-kafka-for-audit-events.md',
      target: 'github',
      location:
        'https://github.com/localplus/docs/blob/adr/0021-use-kafka-for-audit-events/adr/0021-use-kafka-for-audit-events.md',
      pullRequestUrl: 'https://github.com/localplus/docs/pull/42',
    });
    expect(requests).toHaveLength(1);
    const [written] = requests;
    expect(written).toMatchObject({
      folder,
      fileName: '0021-use-kafka-for-audit-events.md',
      number: 21,
      title: 'Use Kafka for audit events',
      author: AUTHOR,
    });
    expect(written.content).toContain('date: 2026-05-04\n');
    expect(written.content).toContain('decision-makers:\n  - jane\n  - marc\n');
    expect(written.content).toContain(
      '* Supersedes [Central Argo CD](0005-central-argocd.md)',
    );
  });

  it('gives a local result without a pull request and numbers a first record 1', async () => {
    const { writer } = recordingWriter('local');
    const service = createAuthoringService({ writer, now });
    const { supersedes: _none, ...first } = valid;
    const result = await service.create(first, {
      folder,
      existing: [],
      author: AUTHOR,
    });
    expect(result).toEqual({
      decisionId: `${ENTITY}/0001-use-kafka-for-audit-events`,
      number: 1,
      fileName: '0001-use-kafka-for-audit-events.md',
      target: 'local',
      location: 'component/default/docs/0001-use-kafka-for-audit-events.md',
    });
  });

  const long = (n: number) => 'x'.repeat(n);
  const invalid: Array<[string, unknown, string]> = [
    ['no body', undefined, 'request: must be an object'],
    ['an array', [], 'request: must be an object'],
    [
      'a short title',
      { ...valid, title: ' ab ' },
      'title: must be at least 3 characters',
    ],
    [
      'a long title',
      { ...valid, title: long(121) },
      'title: must be at most 120 characters',
    ],
    [
      'a title on two lines',
      { ...valid, title: 'one\ntwo' },
      'title: must be a single line',
    ],
    [
      'a missing context',
      { ...valid, context: undefined },
      'context: must be a string',
    ],
    [
      'a blank decision',
      { ...valid, decision: '   ' },
      'decision: must not be empty',
    ],
    [
      'an oversized context',
      { ...valid, context: long(20_001) },
      'context: must be at most 20000 characters',
    ],
    [
      'a NUL in the decision',
      { ...valid, decision: 'a\u0000b' },
      'decision: must not contain control characters',
    ],
    [
      '21 options',
      { ...valid, options: Array.from({ length: 21 }, (_, i) => `o${i}`) },
      'options: must have at most 20 entries',
    ],
    [
      'an empty tag',
      { ...valid, tags: ['ok', ' '] },
      'tags[1]: must not be empty',
    ],
    [
      'a long name',
      { ...valid, consulted: [long(101)] },
      'consulted[0]: must be at most 100 characters',
    ],
    [
      'a non-list',
      { ...valid, informed: 'everyone' },
      'informed: must be a list',
    ],
    [
      'an unknown status',
      { ...valid, status: 'superseded' },
      'status: must be proposed or accepted',
    ],
    ['an unknown field', { ...valid, number: 99 }, 'unknown field number'],
    [
      'another entity',
      { ...valid, entityRef: 'component:default/svc-ledger' },
      'entityRef: component:default/svc-ledger is not the entity',
    ],
    [
      'an unknown superseded id',
      { ...valid, supersedes: [valid.supersedes[0], `${ENTITY}/0099-x`] },
      `supersedes[1]: ${ENTITY}/0099-x is not a decision of ${ENTITY}`,
    ],
    [
      "another entity's superseded id",
      { ...valid, supersedes: ['component:default/svc-ledger/0090-elsewhere'] },
      'supersedes[0]',
    ],
  ];

  it.each(invalid)(
    'refuses %s with an InputError naming the field, writing nothing',
    async (_, body, message) => {
      const { writer, requests } = recordingWriter();
      const service = createAuthoringService({ writer, now });
      const failure = service.create(body, {
        folder,
        existing,
        author: AUTHOR,
      });
      await expect(failure).rejects.toThrow(InputError);
      await expect(failure).rejects.toThrow(message);
      expect(requests).toEqual([]);
    },
  );

  it("passes the writer's failure on", async () => {
    const writer: DecisionWriter = {
      target: 'github',
      write: async () => {
        throw new Error('GitHub is down');
      },
    };
    const service = createAuthoringService({ writer, now });
    await expect(
      service.create(valid, { folder, existing, author: AUTHOR }),
    ).rejects.toThrow('GitHub is down');
  });
});
