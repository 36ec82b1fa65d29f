import type {
  DecisionEdge,
  DecisionGraph,
  DecisionSummary,
} from '../api/types';
import { compareText } from './compareText';
import { decisionEdges } from './decisionEdges';
import { decisionsOfWarning, decisionWarnings } from './decisionWarnings';
import { resolveDecisionLinks } from './resolveDecisionLinks';

/** How far from the focused decision the graph reaches when no depth is given. */
export const DEFAULT_GRAPH_DEPTH = 2;

export interface DecisionGraphOptions {
  /** A decision id: keep only the decisions within `depth` edges of it. */
  focus?: string;
  /** Edges from the focus, in either direction; 0 keeps the focus alone. */
  depth?: number;
}

/** Breadth-first over edges in both directions; each decision is visited once, so cycles end. */
function decisionsAround(
  focus: string,
  edges: DecisionEdge[],
  depth: number,
): Set<string> {
  const neighbours = new Map<string, string[]>();
  const connect = (a: string, b: string) => {
    const list = neighbours.get(a) ?? [];
    list.push(b);
    neighbours.set(a, list);
  };
  for (const edge of edges) {
    connect(edge.from, edge.to);
    connect(edge.to, edge.from);
  }
  const reached = new Set([focus]);
  let frontier = [focus];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const neighbour of neighbours.get(id) ?? []) {
        if (!reached.has(neighbour)) {
          reached.add(neighbour);
          next.push(neighbour);
        }
      }
    }
    frontier = next;
  }
  return reached;
}

function uniqueById(decisions: DecisionSummary[]): DecisionSummary[] {
  const seen = new Set<string>();
  return decisions.filter(decision => {
    if (seen.has(decision.id)) return false;
    seen.add(decision.id);
    return true;
  });
}

/**
 * The decision graph of a log: every decision as a node (links resolved
 * with `resolveDecisionLinks`, whatever ids they carried), the supersedes,
 * amends and relates-to edges between them, and the warnings. With `focus`,
 * only the decisions within `depth` edges of it, the edges between those,
 * and the warnings that name one of them; warnings are still judged on the
 * whole log, so a successor outside the view is known. An unknown focus
 * gives an empty graph. Nodes are ordered by id, edges by from, to and kind.
 */
export function buildDecisionGraph(
  decisions: DecisionSummary[],
  options: DecisionGraphOptions = {},
): DecisionGraph {
  const depth = options.depth ?? DEFAULT_GRAPH_DEPTH;
  if (!Number.isInteger(depth) || depth < 0) {
    throw new RangeError(
      `depth must be a whole number of at least 0, not ${depth}`,
    );
  }
  const nodes = resolveDecisionLinks(uniqueById(decisions)).sort((a, b) =>
    compareText(a.id, b.id),
  );
  const edges = decisionEdges(nodes);
  const warnings = decisionWarnings(nodes, edges);
  if (options.focus === undefined) {
    return { nodes, edges, warnings };
  }
  if (!nodes.some(node => node.id === options.focus)) {
    return { nodes: [], edges: [], warnings: [] };
  }
  const kept = decisionsAround(options.focus, edges, depth);
  return {
    nodes: nodes.filter(node => kept.has(node.id)),
    edges: edges.filter(edge => kept.has(edge.from) && kept.has(edge.to)),
    warnings: warnings.filter(warning =>
      decisionsOfWarning(warning).some(id => kept.has(id)),
    ),
  };
}
