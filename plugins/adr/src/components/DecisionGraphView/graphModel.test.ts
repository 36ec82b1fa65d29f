import { apiGatewayDeferred, envoyGateway } from '../../__fixtures__/decisions';
import { envoyNeighbourhood, wholeGraph } from '../../__fixtures__/graph';
import { toGraphModel } from './graphModel';

describe('toGraphModel', () => {
  it('draws only linked decisions of the whole log, and counts the others', () => {
    const model = toGraphModel(wholeGraph);

    expect(model.nodes.map(n => n.id).sort()).toEqual(
      [
        'component:default/docs/0009-api-gateway-deferred',
        'component:default/docs/0016-one-table-one-owner',
        'component:default/docs/0021-envoy-gateway',
        'component:default/svc-ledger/0002-idempotency-keys',
      ].sort(),
    );
    expect(model.unlinked).toBe(2);
    expect(model.edges).toEqual([
      { from: envoyGateway.id, to: apiGatewayDeferred.id, label: 'supersedes' },
      {
        from: envoyGateway.id,
        to: 'component:default/docs/0016-one-table-one-owner',
        label: 'relates to',
      },
      {
        from: 'component:default/svc-ledger/0002-idempotency-keys',
        to: apiGatewayDeferred.id,
        label: 'amends',
      },
    ]);
  });

  it('keeps every decision around a focus and outlines the focus', () => {
    const model = toGraphModel(
      { ...envoyNeighbourhood, edges: [] },
      { focus: envoyGateway.id },
    );

    expect(model.nodes).toHaveLength(3);
    expect(model.unlinked).toBe(0);
    const focused = model.nodes.filter(n => n.focused);
    expect(focused).toEqual([
      {
        id: envoyGateway.id,
        label: 'ADR-0021 Envoy Gateway at the edge',
        status: 'proposed',
        focused: true,
      },
    ]);
  });

  it('names a decision the answer does not describe by its file', () => {
    const model = toGraphModel({
      nodes: [envoyGateway],
      edges: [
        {
          from: envoyGateway.id,
          to: 'component:default/docs/0001-old',
          kind: 'supersedes',
        },
      ],
      warnings: [],
    });

    expect(model.nodes).toContainEqual({
      id: 'component:default/docs/0001-old',
      label: '0001-old',
      status: 'unknown',
      focused: false,
    });
  });
});
