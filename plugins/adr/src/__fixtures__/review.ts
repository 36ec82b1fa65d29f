import type { ReviewQueue } from '@localplus/plugin-adr-common';
import { centralArgoCd, envoyGateway, idempotencyKeys } from './decisions';

/** Alice's queue: one decision names her, one is past its review date, one pull request. */
export const aliceQueue: ReviewQueue = {
  awaitingYou: [envoyGateway],
  proposed: [envoyGateway, idempotencyKeys],
  due: [{ ...centralArgoCd, reviewBy: '2026-01-31' }],
  pullRequests: [
    {
      entityRef: 'component:default/docs',
      repository: 'localplus/docs',
      number: 412,
      title: 'ADR-0022: Valkey for sessions',
      url: 'https://github.com/localplus/docs/pull/412',
      author: 'bob-dupont',
      createdAt: '2026-03-02T08:30:00.000Z',
      updatedAt: '2026-03-03T16:00:00.000Z',
      draft: false,
      files: ['adr/0022-valkey-sessions.md'],
    },
  ],
  pullRequestProblems: [
    'localplus/svc-wallet: GitHub answered 403 (resource not accessible by integration)',
  ],
};

export const emptyQueue: ReviewQueue = {
  awaitingYou: [],
  proposed: [],
  due: [],
  pullRequests: [],
  pullRequestProblems: [],
};
