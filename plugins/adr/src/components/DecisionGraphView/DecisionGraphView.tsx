import {
  DependencyGraph,
  DependencyGraphTypes,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { DecisionGraph } from '@localplus/plugin-adr-common';
import { useDecisionPath } from '../../hooks/useDecisionPath';
import { DecisionNode } from './DecisionNode';
import { DecisionNodeData, toGraphModel } from './graphModel';

/**
 * The decision graph drawn left to right (a successor to the left of what it
 * supersedes), each box in its status's colour and each arrow labelled
 * supersedes, amends or relates to.
 */
export function DecisionGraphView(props: {
  graph: DecisionGraph;
  /** The decision drawn around; without one, the whole log's linked decisions. */
  focus?: string;
  /** For the small graph of a decision's page. */
  compact?: boolean;
}) {
  const pathOf = useDecisionPath();
  const model = toGraphModel(props.graph, { focus: props.focus });
  if (model.nodes.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No decision links to another yet: supersedes, amends and relates-to
        links in the records draw this graph.
      </Typography>
    );
  }
  return (
    <Box>
      <DependencyGraph<DecisionNodeData, {}>
        aria-label="Decision graph"
        nodes={model.nodes}
        edges={model.edges}
        direction={DependencyGraphTypes.Direction.LEFT_RIGHT}
        renderNode={nodeProps => (
          <DecisionNode {...nodeProps} pathOf={pathOf} />
        )}
        showArrowHeads
        zoom={props.compact ? 'disabled' : 'enable-on-click'}
        allowFullscreen={!props.compact}
        rankMargin={props.compact ? 40 : 80}
        nodeMargin={props.compact ? 20 : 30}
        style={{ maxHeight: props.compact ? 320 : 640, width: '100%' }}
      />
      {model.unlinked > 0 && (
        <Typography variant="caption" color="textSecondary">
          {model.unlinked === 1
            ? '1 decision links to no other and is not drawn.'
            : `${model.unlinked} decisions link to no other and are not drawn.`}
        </Typography>
      )}
    </Box>
  );
}
