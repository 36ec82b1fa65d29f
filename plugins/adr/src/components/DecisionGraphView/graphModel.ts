import type {
  DecisionEdge,
  DecisionGraph,
  DecisionStatus,
  DecisionSummary,
} from '@localplus/plugin-adr-common';
import { decisionLabel, slugOf } from '../../decisions/decisionLabel';

/** What a node of the drawing carries. */
export type DecisionNodeData = {
  label: string;
  status: DecisionStatus;
  /** The decision the graph is drawn around, outlined. */
  focused: boolean;
};

export type DecisionGraphModel = {
  nodes: Array<DecisionNodeData & { id: string }>;
  edges: Array<{ from: string; to: string; label: string }>;
  /** Decisions left out because nothing links them (whole-log view only). */
  unlinked: number;
};

const EDGE_LABELS: Record<DecisionEdge['kind'], string> = {
  supersedes: 'supersedes',
  amends: 'amends',
  'relates-to': 'relates to',
};

function node(
  id: string,
  decision: DecisionSummary | undefined,
  focus: string | undefined,
) {
  return {
    id,
    label: decision ? decisionLabel(decision) : slugOf(id),
    status: decision?.status ?? ('unknown' as const),
    focused: id === focus,
  };
}

/**
 * The drawing of a decision graph. Around one decision every node is kept;
 * over the whole log, decisions no link touches are left out and counted,
 * or a log of hundreds would be a wall of boxes. An edge to a decision the
 * answer does not describe still gets a node, named by its file.
 */
export function toGraphModel(
  graph: DecisionGraph,
  options: { focus?: string } = {},
): DecisionGraphModel {
  const byId = new Map(graph.nodes.map(n => [n.id, n]));
  const linked = new Set(graph.edges.flatMap(e => [e.from, e.to]));
  const kept = options.focus ? new Set([...byId.keys(), ...linked]) : linked;
  return {
    nodes: [...kept].map(id => node(id, byId.get(id), options.focus)),
    edges: graph.edges.map(e => ({
      from: e.from,
      to: e.to,
      label: EDGE_LABELS[e.kind] ?? e.kind,
    })),
    unlinked: options.focus
      ? 0
      : graph.nodes.filter(n => !linked.has(n.id)).length,
  };
}
