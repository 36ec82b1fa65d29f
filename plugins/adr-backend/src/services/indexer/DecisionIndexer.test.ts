import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import type { ParsedDecision } from '@localplus/plugin-adr-common';
import {
  fakeRecord,
  parseWithFakeParser,
} from '../../__testUtils__/fakeDecisionParser';
import {
  annotatedEntity,
  fakeDecisionSources,
} from '../../__testUtils__/fakeDecisionSources';
import { DatabaseDecisionStore } from '../store/DatabaseDecisionStore';
import { DecisionIndexer, ParseDecisionFile } from './DecisionIndexer';

jest.setTimeout(30_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const NOW = new Date('2026-12-15T10:00:00.000Z');
const DOCS = 'component:default/docs';
const LEDGER = 'component:default/svc-ledger';
const PLATFORM = 'system:default/localplus-platform';

async function setUp(parse: ParseDecisionFile = parseWithFakeParser) {
  const knex = await databases.init('SQLITE_3');
  await knex.migrate.latest({
    directory: resolvePackagePath(
      '@localplus/plugin-adr-backend',
      'migrations',
    ),
  });
  const store = new DatabaseDecisionStore(knex);
  const { sources, state } = fakeDecisionSources({
    entities: [
      annotatedEntity('Component', 'docs', {
        system: 'localplus-platform',
        owner: 'platform-team',
      }),
      annotatedEntity('Component', 'svc-ledger', {
        system: 'system:default/loyalty',
        owner: 'user:default/lucas-bernard',
      }),
      annotatedEntity('System', 'localplus-platform', {
        owner: 'platform-team',
      }),
      annotatedEntity('Component', 'svc-plain', { adrLocation: null }),
    ],
    folders: {
      [DOCS]: {
        '0001-use-kafka.md': fakeRecord('Use Kafka', {
          status: 'accepted',
          date: '2026-01-10',
          deciders: 'Marc, platform-team',
          tags: 'messaging',
        }),
        '0002-central-argocd.md': fakeRecord('Central Argo CD', {
          status: 'proposed',
          supersedes: '0001-use-kafka.md',
          'relates-to':
            'https://git.example/svc-ledger/adr/0001-double-entry.md',
        }),
        '0003-broken.md': 'no title here',
      },
      [LEDGER]: {
        '0001-double-entry.md': fakeRecord('Double entry', {
          status: 'accepted',
        }),
      },
      [PLATFORM]: {
        '0001-platform.md': fakeRecord('Platform first', {
          status: 'accepted',
        }),
      },
    },
  });
  const indexer = new DecisionIndexer({
    sources,
    store,
    parse,
    logger: mockServices.logger.mock(),
    now: () => NOW,
  });
  return { store, state, indexer };
}

describe('DecisionIndexer', () => {
  it('indexes every annotated entity with its system and owner, and reports files it cannot parse', async () => {
    const { store, indexer } = await setUp();
    await expect(indexer.refreshAll()).resolves.toEqual({
      entities: 3,
      decisions: 4,
      problems: 1,
      unreadableFolders: 0,
      removedDecisions: 0,
    });
    const kafka = await store.get(`${DOCS}/0001-use-kafka`);
    expect(kafka).toMatchObject({
      entityRef: DOCS,
      fileName: '0001-use-kafka.md',
      location: 'https://git.example/docs/adr/0001-use-kafka.md',
      format: 'fake',
      title: 'Use Kafka',
      number: 1,
      status: 'accepted',
      date: '2026-01-10',
      decisionMakers: ['Marc', 'platform-team'],
      tags: ['messaging'],
      system: PLATFORM,
      owner: 'group:default/platform-team',
    });
    expect(kafka?.body).toContain('Some context.');
    expect((await store.get(`${PLATFORM}/0001-platform`))?.system).toBe(
      PLATFORM,
    );
    expect((await store.get(`${LEDGER}/0001-double-entry`))?.owner).toBe(
      'user:default/lucas-bernard',
    );
    expect(await store.listProblems()).toEqual([
      {
        entityRef: DOCS,
        location: 'https://git.example/docs/adr/0003-broken.md',
        fileName: '0003-broken.md',
        message: 'No title line',
      },
    ]);
  });

  it('resolves links within the folder and to other entities by URL', async () => {
    const { store, indexer } = await setUp();
    await indexer.refreshAll();
    expect((await store.get(`${DOCS}/0002-central-argocd`))?.links).toEqual([
      {
        kind: 'supersedes',
        target: '0001-use-kafka.md',
        decisionId: `${DOCS}/0001-use-kafka`,
      },
      {
        kind: 'relates-to',
        target: 'https://git.example/svc-ledger/adr/0001-double-entry.md',
        decisionId: `${LEDGER}/0001-double-entry`,
      },
    ]);
  });

  it("updates another entity's links when one entity's refresh adds or removes their target", async () => {
    const { store, state, indexer } = await setUp();
    state.folders[LEDGER] = {};
    await indexer.refreshAll();
    const argo = `${DOCS}/0002-central-argocd`;
    expect((await store.get(argo))?.links[1].decisionId).toBeUndefined();

    state.folders[LEDGER] = {
      '0001-double-entry.md': fakeRecord('Double entry'),
    };
    await indexer.refresh(LEDGER);
    expect((await store.get(argo))?.links[1].decisionId).toBe(
      `${LEDGER}/0001-double-entry`,
    );
  });

  it('keeps the previous decisions of a folder that cannot be read at all, with the problem', async () => {
    const { store, state, indexer } = await setUp();
    await indexer.refreshAll();
    state.folders[DOCS] = new Error('GitHub answered 502');
    await expect(indexer.refresh(DOCS)).resolves.toEqual({
      entityRef: DOCS,
      decisions: 2,
      problems: [
        {
          entityRef: DOCS,
          location: 'https://git.example/docs/adr',
          message: 'GitHub answered 502',
        },
      ],
    });
    expect((await store.query({ entityRef: DOCS })).total).toBe(2);
    expect(await store.listProblems(DOCS)).toHaveLength(1);
  });

  it('keeps them too when the annotation stops resolving, naming the annotation', async () => {
    const { store, state, indexer } = await setUp();
    await indexer.refreshAll();
    state.entities[0].metadata.annotations!['backstage.io/adr-location'] =
      '../../etc';
    const result = await indexer.refreshAll();
    expect(result.unreadableFolders).toBe(1);
    expect((await store.query({ entityRef: DOCS })).total).toBe(2);
    expect(await store.listProblems(DOCS)).toEqual([
      {
        entityRef: DOCS,
        location: '../../etc',
        message: 'Cannot resolve ../../etc',
      },
    ]);
  });

  it('replaces a readable folder entirely: a removed file is gone', async () => {
    const { store, state, indexer } = await setUp();
    await indexer.refreshAll();
    state.folders[DOCS] = {
      '0002-central-argocd.md': fakeRecord('Central Argo CD'),
    };
    await expect(indexer.refresh(DOCS)).resolves.toMatchObject({
      decisions: 1,
      problems: [],
    });
    expect(await store.get(`${DOCS}/0001-use-kafka`)).toBeUndefined();
    expect(await store.listProblems(DOCS)).toEqual([]);
  });

  it('forgets entities that lost their annotation or left the catalog', async () => {
    const { store, state, indexer } = await setUp();
    await indexer.refreshAll();
    state.entities = state.entities.filter(
      e => e.metadata.name !== 'svc-ledger',
    );
    state.entities[0].metadata.annotations = {};
    const result = await indexer.refreshAll();
    expect(result.removedDecisions).toBe(3);
    expect(await store.listEntityRefs()).toEqual([PLATFORM]);
  });

  it('treats a blank annotation as none', async () => {
    const { store, state, indexer } = await setUp();
    await indexer.refreshAll();
    state.entities[0].metadata.annotations!['backstage.io/adr-location'] = '  ';
    await indexer.refreshAll();
    expect((await store.query({ entityRef: DOCS })).total).toBe(0);
  });

  it('refreshes one entity, and answers undefined for one the catalog does not know', async () => {
    const { store, state, indexer } = await setUp();
    await expect(
      indexer.refresh('Component:default/SVC-LEDGER'),
    ).resolves.toEqual({
      entityRef: LEDGER,
      decisions: 1,
      problems: [],
    });
    expect(await store.listEntityRefs()).toEqual([LEDGER]);
    await expect(
      indexer.refresh('component:default/svc-plain'),
    ).resolves.toEqual({
      entityRef: 'component:default/svc-plain',
      decisions: 0,
      problems: [],
    });
    state.entities = [];
    await expect(indexer.refresh(LEDGER)).resolves.toBeUndefined();
    expect(await store.listEntityRefs()).toEqual([]);
  });

  it('indexes one of two files that would share an id, and reports the other', async () => {
    const { store, state, indexer } = await setUp();
    state.folders[DOCS] = {
      '0001-a.md': fakeRecord('A'),
      '0001-a.MD': fakeRecord('A again'),
    };
    const result = await indexer.refresh(DOCS);
    expect(result?.decisions).toBe(1);
    expect(result?.problems.map(p => p.message)).toEqual([
      '0001-a.MD has the same id as 0001-a.md; only 0001-a.md is indexed',
    ]);
    expect((await store.get(`${DOCS}/0001-a`))?.title).toBe('A');
  });

  it("keeps only what the contract allows of a parser's answer", async () => {
    const hostile = {
      format: 'x'.repeat(300),
      title: '   ',
      number: 1e12,
      status: 'bogus',
      date: 'yesterday',
      reviewBy: '2026-13-45; drop table',
      decisionMakers: ['Marc', 42, '', { name: 'x' }],
      consulted: 'everyone',
      informed: [],
      tags: ['a'.repeat(600)],
      links: [
        { kind: 'supersedes', target: '0002-b.md' },
        { kind: 'owns', target: '0003-c.md' },
        { kind: 'amends' },
      ],
      text: 'plain',
      body: 'body',
    } as unknown as ParsedDecision;
    const { store, indexer } = await setUp(() => ({ decision: hostile }));
    await indexer.refresh(LEDGER);
    const stored = await store.get(`${LEDGER}/0001-double-entry`);
    expect(stored).toEqual({
      id: `${LEDGER}/0001-double-entry`,
      entityRef: LEDGER,
      fileName: '0001-double-entry.md',
      location: 'https://git.example/svc-ledger/adr/0001-double-entry.md',
      format: 'x'.repeat(64),
      title: '0001-double-entry',
      status: 'unknown',
      decisionMakers: ['Marc'],
      consulted: [],
      informed: [],
      tags: ['a'.repeat(500)],
      links: [{ kind: 'supersedes', target: '0002-b.md' }],
      system: 'system:default/loyalty',
      owner: 'user:default/lucas-bernard',
      body: 'body',
    });
  });

  it('turns a parser that throws into a problem of its file', async () => {
    const { store, indexer } = await setUp(() => {
      throw new Error('parser crashed');
    });
    const result = await indexer.refresh(LEDGER);
    expect(result?.problems).toEqual([
      expect.objectContaining({
        fileName: '0001-double-entry.md',
        message: 'parser crashed',
      }),
    ]);
    expect((await store.query({})).total).toBe(0);
  });
});
