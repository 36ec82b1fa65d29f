import { resolvePackagePath } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { DecisionPullRequest } from '@localplus/plugin-adr-common';
import { storedDecision } from '../../__testUtils__/storedDecisions';
import { DatabaseDecisionStore } from '../store/DatabaseDecisionStore';
import type { PullRequestSource } from './PullRequestSource';
import { ReviewService } from './ReviewService';

jest.setTimeout(30_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const DOCS = 'component:default/docs';
const LEDGER = 'component:default/svc-ledger';
const MARC = 'user:default/marc-lefevre';

const user: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'marc-lefevre', namespace: 'default' },
  spec: {
    profile: {
      displayName: 'Marc Lefèvre',
      email: 'marc.lefevre@localplus.io',
    },
    memberOf: ['platform-team', 'tech-leads'],
  },
};
const group = (name: string, title?: string, displayName?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default', ...(title ? { title } : {}) },
  spec: {
    type: 'team',
    children: [],
    ...(displayName ? { profile: { displayName } } : {}),
  },
});

const pullRequest: DecisionPullRequest = {
  entityRef: LEDGER,
  repository: 'localplus/svc-ledger',
  number: 7,
  title: 'ADR 0002: idempotent postings',
  url: 'https://github.com/localplus/svc-ledger/pull/7',
  author: 'lucas-bernard',
  createdAt: '2026-12-10T09:00:00Z',
  updatedAt: '2026-12-11T09:00:00Z',
  draft: false,
  files: ['adr/0002-idempotent-postings.md'],
};

/** Proposed decisions, each naming people one way; the ones in `mine` should reach Marc. */
const proposals = {
  byDisplayName: ['Marc Lefèvre'],
  byEmail: ['MARC.LEFEVRE@localplus.io'],
  byNameAndEmail: ['Someone Else <marc.lefevre@localplus.io>'],
  byRef: ['user:default/marc-lefevre'],
  byHandle: ['@marc-lefevre'],
  byGroupRef: ['group:default/platform-team'],
  byGroupDisplayName: ['platform team'],
  byGroupTitle: ['Architecture Guild'],
  consulted: [],
  nobodyOfHis: ['Lucas Bernard', 'Tech Lead', 'platform', 'Marc'],
};
const mine = Object.keys(proposals).filter(key => key !== 'nobodyOfHis');

const MARCS_OWNERSHIP = [
  MARC,
  'group:default/platform-team',
  'group:default/architecture',
  'group:default/tech-leads',
];

async function setUp(
  options: {
    pullRequests?: PullRequestSource;
    ownershipEntityRefs?: string[];
  } = {},
) {
  const knex = await databases.init('SQLITE_3');
  await knex.migrate.latest({
    directory: resolvePackagePath(
      '@localplus/plugin-adr-backend',
      'migrations',
    ),
  });
  const store = new DatabaseDecisionStore(knex);
  await store.replaceEntity(
    DOCS,
    [
      ...Object.entries(proposals).map(([key, people]) =>
        storedDecision(DOCS, `${key}.md`, {
          status: 'proposed',
          decisionMakers: people,
          consulted: key === 'consulted' ? ['Marc Lefèvre'] : [],
        }),
      ),
      storedDecision(DOCS, 'accepted-of-marc.md', {
        decisionMakers: ['Marc Lefèvre'],
        reviewBy: '2026-12-01',
      }),
      storedDecision(DOCS, 'rejected-overdue.md', {
        status: 'rejected',
        reviewBy: '2026-01-01',
      }),
      storedDecision(DOCS, 'due-today.md', { reviewBy: '2026-12-15' }),
    ],
    {
      folder: {
        type: 'file',
        entityRef: DOCS,
        path: '/x/adr',
        reference: './adr',
      },
      location: './adr',
      readAt: '2026-12-15T08:00:00.000Z',
      problems: [],
    },
  );
  await store.replaceEntity(LEDGER, [], {
    folder: {
      type: 'url',
      entityRef: LEDGER,
      url: 'https://github.com/localplus/svc-ledger/tree/main/adr',
    },
    location: 'https://github.com/localplus/svc-ledger/tree/main/adr',
    readAt: '2026-12-15T08:00:00.000Z',
    problems: [],
  });
  const service = new ReviewService({
    store,
    catalog: catalogServiceMock({
      entities: [
        user,
        group('platform-team', undefined, 'Platform Team'),
        group('architecture', 'Architecture Guild'),
        group('tech-leads'),
      ],
    }),
    auth: mockServices.auth(),
    userInfo: mockServices.userInfo({
      ownershipEntityRefs: options.ownershipEntityRefs ?? MARCS_OWNERSHIP,
    }),
    logger: mockServices.logger.mock(),
    pullRequests: options.pullRequests,
    now: () => new Date('2026-12-15T23:30:00.000Z'),
  });
  return { service, store };
}

const fileNames = (decisions: Array<{ fileName: string }>) =>
  decisions.map(d => d.fileName.replace(/\.md$/, '')).sort();

describe('ReviewService', () => {
  it('puts first the proposals naming the caller or their groups as the catalog knows them', async () => {
    const { service } = await setUp();
    const queue = await service.queue(mockCredentials.user(MARC));
    expect(fileNames(queue.awaitingYou)).toEqual([...mine].sort());
    expect(fileNames(queue.proposed)).toEqual(Object.keys(proposals).sort());
  });

  it('awaits nothing of a service, and shows it the same proposals', async () => {
    const { service } = await setUp();
    const queue = await service.queue(mockCredentials.service());
    expect(queue.awaitingYou).toEqual([]);
    expect(queue.proposed).toHaveLength(Object.keys(proposals).length);
  });

  it('awaits nothing of a person named nowhere', async () => {
    const someoneElse = 'user:default/someone-else';
    const { service } = await setUp({ ownershipEntityRefs: [someoneElse] });
    const queue = await service.queue(mockCredentials.user(someoneElse));
    expect(queue.awaitingYou).toEqual([]);
  });

  it('lists decisions in force past their review date, by the UTC day', async () => {
    const { service } = await setUp();
    const queue = await service.queue(mockCredentials.user(MARC));
    expect(fileNames(queue.due)).toEqual(['accepted-of-marc']);
  });

  it('asks for the pull requests of URL folders only, and reuses the answer a while', async () => {
    const list = jest.fn(async () => ({
      pullRequests: [pullRequest],
      problems: ['localplus/private: not allowed'],
    }));
    const { service } = await setUp({ pullRequests: { list } });
    const queue = await service.queue(mockCredentials.user(MARC));
    expect(queue.pullRequests).toEqual([pullRequest]);
    expect(queue.pullRequestProblems).toEqual([
      'localplus/private: not allowed',
    ]);
    expect(list).toHaveBeenCalledWith([
      {
        type: 'url',
        entityRef: LEDGER,
        url: 'https://github.com/localplus/svc-ledger/tree/main/adr',
      },
    ]);
    await service.queue(mockCredentials.user(MARC));
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('says why pull requests could not be listed, and tries again next time', async () => {
    const list = jest
      .fn()
      .mockRejectedValueOnce(new Error('GitHub answered 503'))
      .mockResolvedValueOnce({ pullRequests: [pullRequest], problems: [] });
    const { service } = await setUp({ pullRequests: { list } });
    const first = await service.queue(mockCredentials.user(MARC));
    expect(first.pullRequests).toEqual([]);
    expect(first.pullRequestProblems).toEqual([
      'Pull requests could not be listed: GitHub answered 503',
    ]);
    const second = await service.queue(mockCredentials.user(MARC));
    expect(second.pullRequests).toEqual([pullRequest]);
  });

  it('lists no pull requests when their review is off', async () => {
    const { service } = await setUp();
    const queue = await service.queue(mockCredentials.user(MARC));
    expect(queue.pullRequests).toEqual([]);
    expect(queue.pullRequestProblems).toEqual([]);
  });
});
