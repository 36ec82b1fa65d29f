import { DependencyGraphTypes } from '@backstage/core-components';
import { useTheme } from '@material-ui/core/styles';
import { MouseEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { statusColour, statusName } from '../StatusChip';
import type { DecisionNodeData } from './graphModel';

/** Long titles are cut in the box; the whole title is its tooltip. */
const MAX_CHARS = 38;
const CHAR_WIDTH = 7.2;
const PADDING = 12;
const HEIGHT = 40;

function shorten(label: string): string {
  return label.length > MAX_CHARS ? `${label.slice(0, MAX_CHARS - 1)}…` : label;
}

/**
 * One decision in the graph: a box in its status's colour with its number
 * and title, linking to its page. The drawn decision is outlined.
 */
export function DecisionNode(
  props: DependencyGraphTypes.RenderNodeProps<DecisionNodeData> & {
    pathOf: (id: string) => string | undefined;
  },
) {
  const { node, pathOf } = props;
  const theme = useTheme();
  const navigate = useNavigate();
  const fill = statusColour(theme, node.status);
  const text = shorten(node.label);
  const width = Math.round(text.length * CHAR_WIDTH + 2 * PADDING);
  const to = pathOf(node.id);
  const box = (
    <>
      <title>{`${node.label} (${statusName(node.status)})`}</title>
      <rect
        width={width}
        height={HEIGHT}
        rx={6}
        fill={fill}
        stroke={node.focused ? theme.palette.text.primary : 'none'}
        strokeWidth={node.focused ? 3 : 0}
      />
      <text
        x={width / 2}
        y={HEIGHT / 2}
        textAnchor="middle"
        alignmentBaseline="middle"
        dominantBaseline="middle"
        fill={theme.palette.getContrastText(fill)}
        style={{ fontSize: 12, fontFamily: theme.typography.fontFamily }}
      >
        {text}
      </text>
    </>
  );
  if (!to) {
    return <g data-status={node.status}>{box}</g>;
  }
  // An SVG link, so the box can be opened in a new tab, that still moves
  // inside the app on a plain click.
  const open = (event: MouseEvent) => {
    if (!event.metaKey && !event.ctrlKey && !event.shiftKey) {
      event.preventDefault();
      navigate(to);
    }
  };
  return (
    <a
      href={to}
      onClick={open}
      aria-label={node.label}
      data-status={node.status}
      style={{ cursor: 'pointer' }}
    >
      {box}
    </a>
  );
}
