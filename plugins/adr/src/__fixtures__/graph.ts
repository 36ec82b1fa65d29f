import type {
  DecisionGraph,
  DecisionWarning,
} from '@localplus/plugin-adr-common';
import {
  allDecisions,
  apiGatewayDeferred,
  centralArgoCd,
  envoyGateway,
  idempotencyKeys,
  oneTableOneOwner,
  rejectedSaga,
} from './decisions';

/** One warning of each kind, about the fixture decisions. */
export const warnings: DecisionWarning[] = [
  {
    type: 'cites-superseded',
    decision: idempotencyKeys.id,
    cited: apiGatewayDeferred.id,
    successor: envoyGateway.id,
  },
  {
    type: 'superseded-without-successor',
    decision: 'component:default/docs/0004-cloudflare-at-the-edge',
    target: '0099-fastly.md',
  },
  {
    type: 'superseded-without-link',
    decision: rejectedSaga.id,
  },
  {
    type: 'duplicate-number',
    entityRef: 'component:default/svc-ledger',
    number: 3,
    decisions: [rejectedSaga.id, 'component:default/svc-ledger/0003-outbox'],
  },
  {
    type: 'status-disagrees-with-links',
    decision: centralArgoCd.id,
    supersededBy: envoyGateway.id,
  },
];

/** The whole log: the gateway decisions linked, the others alone. */
export const wholeGraph: DecisionGraph = {
  nodes: allDecisions,
  edges: [
    { from: envoyGateway.id, to: apiGatewayDeferred.id, kind: 'supersedes' },
    { from: envoyGateway.id, to: oneTableOneOwner.id, kind: 'relates-to' },
    { from: idempotencyKeys.id, to: apiGatewayDeferred.id, kind: 'amends' },
  ],
  warnings,
};

/** One link around the Envoy decision, with the warnings that concern it. */
export const envoyNeighbourhood: DecisionGraph = {
  nodes: [envoyGateway, apiGatewayDeferred, oneTableOneOwner],
  edges: wholeGraph.edges.slice(0, 2),
  warnings: [warnings[0], warnings[4]],
};
