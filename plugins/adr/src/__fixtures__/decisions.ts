import type {
  DecisionFacets,
  DecisionList,
  DecisionRecord,
  DecisionSummary,
} from '@localplus/plugin-adr-common';

const DOCS = 'component:default/docs';
const LEDGER = 'component:default/svc-ledger';
const PLATFORM = 'system:default/localplus-platform';
const CORE = 'system:default/localplus-core';

/** A decision of the docs repository unless said otherwise; fields not given are empty. */
function decision(
  slug: string,
  fields: Partial<DecisionSummary> & Pick<DecisionSummary, 'title'>,
): DecisionSummary {
  const entityRef = fields.entityRef ?? DOCS;
  return {
    id: `${entityRef}/${slug}`,
    entityRef,
    fileName: `${slug}.md`,
    location: `https://github.com/localplus/docs/blob/main/adr/${slug}.md`,
    format: 'madr-4',
    status: 'accepted',
    decisionMakers: [],
    consulted: [],
    informed: [],
    tags: [],
    links: [],
    system: PLATFORM,
    owner: 'group:default/platform-team',
    ...fields,
  };
}

export const centralArgoCd = decision('0005-central-argocd', {
  title: 'One central Argo CD for every cluster',
  number: 5,
  date: '2024-02-10',
  decisionMakers: ['Alice Martin', 'Bob Dupont'],
  consulted: ['group:default/security'],
  informed: ['group:default/product-teams'],
  tags: ['gitops', 'deployment'],
  summary: 'Each cluster ran its own Argo CD.',
});

export const apiGatewayDeferred = decision('0009-api-gateway-deferred', {
  title: 'Defer the API gateway',
  number: 9,
  status: 'superseded',
  statusText: 'Superseded by ADR-0021',
  date: '2024-03-02',
  decisionMakers: ['Alice Martin'],
  tags: ['edge'],
  links: [
    {
      kind: 'superseded-by',
      target: '0021-envoy-gateway.md',
      decisionId: `${DOCS}/0021-envoy-gateway`,
    },
  ],
});

export const oneTableOneOwner = decision('0016-one-table-one-owner', {
  title: 'One table, one owner',
  number: 16,
  date: '2024-05-20',
  system: CORE,
  owner: 'group:default/backend-team',
  decisionMakers: ['Claire Dubois'],
  tags: ['data'],
});

export const envoyGateway = decision('0021-envoy-gateway', {
  title: 'Envoy Gateway at the edge',
  number: 21,
  status: 'proposed',
  date: '2026-02-27',
  decisionMakers: ['Alice Martin', 'group:default/platform-team'],
  consulted: ['Diana Rossi'],
  tags: ['edge', 'gateway'],
  reviewBy: '2026-03-01',
  links: [
    {
      kind: 'supersedes',
      target: '0009-api-gateway-deferred.md',
      decisionId: apiGatewayDeferred.id,
    },
    {
      kind: 'relates-to',
      target: '0016-one-table-one-owner.md',
      decisionId: oneTableOneOwner.id,
    },
    { kind: 'relates-to', target: 'https://example.com/rfc/edge' },
  ],
});

export const idempotencyKeys = decision('0002-idempotency-keys', {
  title: 'Idempotency keys on every write',
  entityRef: LEDGER,
  number: 2,
  status: 'proposed',
  date: '2026-02-20',
  location: 'docs/adr/0002-idempotency-keys.md',
  system: CORE,
  owner: 'group:default/team-ledger',
  decisionMakers: ['Lucas Bernard'],
  tags: ['payments'],
  links: [
    {
      kind: 'relates-to',
      target:
        'https://github.com/localplus/docs/blob/main/adr/0009-api-gateway-deferred.md',
      decisionId: apiGatewayDeferred.id,
    },
  ],
});

export const rejectedSaga = decision('0003-orchestrated-saga', {
  title: 'Orchestrated sagas for refunds',
  entityRef: LEDGER,
  number: 3,
  status: 'rejected',
  date: '2025-11-04',
  location: 'docs/adr/0003-orchestrated-saga.md',
  system: CORE,
  owner: 'group:default/team-ledger',
  decisionMakers: ['Lucas Bernard', 'Claire Dubois'],
  tags: ['payments', 'messaging'],
});

/** Newest first, as the log orders them by default. */
export const allDecisions: DecisionSummary[] = [
  envoyGateway,
  idempotencyKeys,
  rejectedSaga,
  oneTableOneOwner,
  apiGatewayDeferred,
  centralArgoCd,
];

function counted(values: string[]): Array<{ value: string; count: number }> {
  const counts = new Map<string, number>();
  for (const value of values) {
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, count }));
}

export const facets: DecisionFacets = {
  statuses: [
    { value: 'accepted', count: 2 },
    { value: 'proposed', count: 2 },
    { value: 'rejected', count: 1 },
    { value: 'superseded', count: 1 },
  ],
  systems: counted(allDecisions.map(d => d.system!)),
  owners: counted(allDecisions.map(d => d.owner!)),
  entities: counted(allDecisions.map(d => d.entityRef)),
  decisionMakers: counted(allDecisions.flatMap(d => d.decisionMakers)),
  tags: counted(allDecisions.flatMap(d => d.tags)),
};

/** A page of the log: `total` counts every match, as the backend does. */
export function decisionList(
  decisions: DecisionSummary[] = allDecisions,
  total = decisions.length,
): DecisionList {
  return { decisions, total, facets };
}

/**
 * The Envoy record's markdown: a sibling link resolved through the record's
 * links, a link to an unindexed file, an external link and a table (GFM).
 */
export const envoyGatewayBody = `## Context and Problem Statement

We deferred the gateway in [ADR-0009](0009-api-gateway-deferred.md); the
ledger now needs rate limits per partner (see [one owner](./0016-one-table-one-owner.md#consequences)).

| Option | Cost |
| ------ | ---- |
| Envoy Gateway | low |
| Kong | medium |

Background: [the RFC](https://example.com/rfc/edge) and [the runbook](../runbooks/edge.md).

## Decision Outcome

Chosen option: ~~Kong~~ **Envoy Gateway**.
`;

export const envoyGatewayRecord: DecisionRecord = {
  ...envoyGateway,
  body: envoyGatewayBody,
};
