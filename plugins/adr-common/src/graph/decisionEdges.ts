import type { DecisionEdge, DecisionSummary } from '../api/types';
import { compareText } from './compareText';

/** Where a link points once the reverse kinds are turned into forward edges. */
function edgeOf(
  decision: DecisionSummary,
  kind: DecisionSummary['links'][number]['kind'],
  target: string,
): DecisionEdge {
  switch (kind) {
    case 'superseded-by':
      return { from: target, to: decision.id, kind: 'supersedes' };
    case 'amended-by':
      return { from: target, to: decision.id, kind: 'amends' };
    default:
      return { from: decision.id, to: target, kind };
  }
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

function compareEdges(a: DecisionEdge, b: DecisionEdge): number {
  return (
    compareText(a.from, b.from) ||
    compareText(a.to, b.to) ||
    compareText(a.kind, b.kind)
  );
}

/**
 * The graph's edges from resolved links: `superseded-by` and `amended-by`
 * become the forward edge from the other side, so a pair of records that
 * both state the relation gives one edge. `relates-to` is symmetric: one
 * edge per pair, and none where the pair already has a stronger relation.
 * Links to unknown decisions and to the decision itself give no edge.
 */
export function decisionEdges(decisions: DecisionSummary[]): DecisionEdge[] {
  const known = new Set(decisions.map(d => d.id));
  const directed = new Map<string, DecisionEdge>();
  const related = new Map<string, DecisionEdge>();
  for (const decision of decisions) {
    for (const link of decision.links) {
      const target = link.decisionId;
      if (!target || target === decision.id || !known.has(target)) continue;
      const edge = edgeOf(decision, link.kind, target);
      if (edge.kind === 'relates-to') {
        const key = pairKey(edge.from, edge.to);
        const kept = related.get(key);
        if (!kept || compareEdges(edge, kept) < 0) related.set(key, edge);
      } else {
        directed.set(`${edge.from}\n${edge.to}\n${edge.kind}`, edge);
      }
    }
  }
  const stronglyLinked = new Set(
    [...directed.values()].map(edge => pairKey(edge.from, edge.to)),
  );
  const weak = [...related.entries()]
    .filter(([key]) => !stronglyLinked.has(key))
    .map(([, edge]) => edge);
  return [...directed.values(), ...weak].sort(compareEdges);
}
