import type { DecisionSummary } from '../api/types';
import {
  aDecision,
  DOCS,
  LEDGER,
  link,
  reordered,
} from './__testUtils__/decisionBuilder';
import { buildDecisionGraph } from './buildDecisionGraph';

const id = (fileName: string) => `${DOCS}/${fileName.replace(/\.md$/, '')}`;

describe('buildDecisionGraph edges', () => {
  it('turns reverse kinds into the forward edge and keeps one edge per relation', () => {
    const graph = buildDecisionGraph([
      aDecision(DOCS, '0001-a.md', {
        status: 'superseded',
        links: [link('superseded-by', '0002-b.md')],
      }),
      aDecision(DOCS, '0002-b.md', {
        links: [link('supersedes', 'ADR-1'), link('amends', 'ADR-3')],
      }),
      aDecision(DOCS, '0003-c.md', {
        links: [link('amended-by', '0002-b.md'), link('amended-by', 'ADR 2')],
      }),
    ]);
    expect(graph.edges).toEqual([
      { from: id('0002-b'), to: id('0001-a'), kind: 'supersedes' },
      { from: id('0002-b'), to: id('0003-c'), kind: 'amends' },
    ]);
  });

  it('keeps one relates-to edge per pair, and none beside a stronger relation', () => {
    const graph = buildDecisionGraph([
      aDecision(DOCS, '0001-a.md', { links: [link('relates-to', 'ADR-2')] }),
      aDecision(DOCS, '0002-b.md', {
        links: [link('relates-to', 'ADR-1'), link('relates-to', 'ADR-3')],
      }),
      aDecision(DOCS, '0003-c.md', { links: [link('amends', 'ADR-2')] }),
    ]);
    expect(graph.edges).toEqual([
      { from: id('0001-a'), to: id('0002-b'), kind: 'relates-to' },
      { from: id('0003-c'), to: id('0002-b'), kind: 'amends' },
    ]);
  });

  it('draws no edge for unresolved links and links edges across entities by URL', () => {
    const ledger = aDecision(LEDGER, '0001-outbox.md');
    const graph = buildDecisionGraph([
      aDecision(DOCS, '0001-a.md', {
        links: [
          link('relates-to', 'ADR-42'),
          link('relates-to', ledger.location),
        ],
      }),
      ledger,
    ]);
    expect(graph.edges).toEqual([
      { from: id('0001-a'), to: ledger.id, kind: 'relates-to' },
    ]);
    expect(graph.nodes.map(n => n.links.map(l => l.decisionId))).toEqual([
      [undefined, ledger.id],
      [],
    ]);
  });

  it('gives the same graph whatever the order of its input, and one node per id', () => {
    const decisions: DecisionSummary[] = [
      aDecision(DOCS, '0001-a.md', { status: 'superseded' }),
      aDecision(DOCS, '0002-b.md', { links: [link('supersedes', 'ADR-1')] }),
      aDecision(DOCS, '0003-c.md', { links: [link('relates-to', 'ADR-1')] }),
      aDecision(DOCS, '0003-d.md', { links: [link('amends', 'ADR-2')] }),
      aDecision(LEDGER, '0001-x.md', { status: 'superseded' }),
    ];
    const expected = buildDecisionGraph(decisions);
    expect(expected.nodes.map(n => n.id)).toEqual([
      id('0001-a'),
      id('0002-b'),
      id('0003-c'),
      id('0003-d'),
      `${LEDGER}/0001-x`,
    ]);
    for (const seed of [1, 2, 3, 4, 5]) {
      const shuffled = reordered(decisions, seed);
      expect(buildDecisionGraph([...shuffled, shuffled[0]])).toEqual(expected);
    }
  });
});

describe('buildDecisionGraph focus', () => {
  // 0001 <- 0002 <- 0003 <- 0004 <- 0005 (each supersedes the previous), and
  // 0005-alone stands apart, sharing its number with the last step.
  const chain = [1, 2, 3, 4, 5].map(n =>
    aDecision(DOCS, `000${n}-step.md`, {
      status: n < 5 ? 'superseded' : 'accepted',
      links: n > 1 ? [link('supersedes', `ADR-${n - 1}`)] : [],
    }),
  );
  const alone = aDecision(DOCS, '0005-alone.md', { status: 'superseded' });
  const decisions = [...chain, alone];
  const ids = (graph: { nodes: DecisionSummary[] }) =>
    graph.nodes.map(n => n.fileName.slice(0, 4));

  it('keeps the decisions within depth edges in either direction, default 2', () => {
    const focus = id('0003-step');
    expect(ids(buildDecisionGraph(decisions, { focus, depth: 0 }))).toEqual([
      '0003',
    ]);
    expect(ids(buildDecisionGraph(decisions, { focus, depth: 1 }))).toEqual([
      '0002',
      '0003',
      '0004',
    ]);
    expect(ids(buildDecisionGraph(decisions, { focus }))).toEqual([
      '0001',
      '0002',
      '0003',
      '0004',
      '0005',
    ]);
  });

  it('keeps only the edges and warnings that concern the decisions shown', () => {
    const graph = buildDecisionGraph(decisions, {
      focus: id('0005-step'),
      depth: 1,
    });
    expect(graph.edges).toEqual([
      { from: id('0005-step'), to: id('0004-step'), kind: 'supersedes' },
    ]);
    expect(graph.warnings).toEqual([
      {
        type: 'duplicate-number',
        entityRef: DOCS,
        number: 5,
        decisions: [alone.id, id('0005-step')],
      },
    ]);

    const aroundAlone = buildDecisionGraph(decisions, {
      focus: alone.id,
      depth: 3,
    });
    expect(ids(aroundAlone)).toEqual(['0005']);
    expect(aroundAlone.warnings.map(w => w.type)).toEqual([
      'superseded-without-link',
      'duplicate-number',
    ]);
  });

  it('answers an unknown focus with an empty graph and refuses a bad depth', () => {
    expect(buildDecisionGraph(decisions, { focus: `${DOCS}/9999-x` })).toEqual({
      nodes: [],
      edges: [],
      warnings: [],
    });
    for (const depth of [-1, 1.5, Number.NaN, Infinity]) {
      expect(() =>
        buildDecisionGraph(decisions, { focus: alone.id, depth }),
      ).toThrow(RangeError);
    }
  });

  it('ends on cycles: A supersedes B supersedes A', () => {
    const a = aDecision(DOCS, '0001-a.md', {
      links: [link('supersedes', 'ADR-2')],
    });
    const b = aDecision(DOCS, '0002-b.md', {
      links: [link('supersedes', 'ADR-1'), link('superseded-by', 'ADR-1')],
    });
    const whole = buildDecisionGraph([a, b]);
    expect(whole.edges).toEqual([
      { from: a.id, to: b.id, kind: 'supersedes' },
      { from: b.id, to: a.id, kind: 'supersedes' },
    ]);
    expect(whole.warnings).toEqual([
      {
        type: 'status-disagrees-with-links',
        decision: a.id,
        supersededBy: b.id,
      },
      {
        type: 'status-disagrees-with-links',
        decision: b.id,
        supersededBy: a.id,
      },
    ]);
    expect(buildDecisionGraph([a, b], { focus: a.id, depth: 50 })).toEqual(
      whole,
    );
  });

  it('handles a long chain quickly', () => {
    const long = Array.from({ length: 3000 }, (_, i) =>
      aDecision(DOCS, `${String(i + 1).padStart(4, '0')}-step.md`, {
        links: i > 0 ? [link('supersedes', `ADR-${i}`)] : [],
        status: 'superseded',
      }),
    );
    const started = Date.now();
    const graph = buildDecisionGraph(long, { focus: long[0].id, depth: 5000 });
    expect(graph.nodes).toHaveLength(3000);
    expect(graph.edges).toHaveLength(2999);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
