import { WINDOW_PLACEHOLDER } from './promqlSafety';
import { parsePromql, PromqlTree } from './promqlSyntax';

type SyntaxNode = PromqlTree['topNode'];

/**
 * The portal measures a ratio indicator over many windows (each alert
 * window, the SLO's own window, each step of the burn-down chart), so a
 * good, bad or total query must show where the window goes:
 * `rate(x[{{window}}])`. OpenSLO does not say how a query meets a window, and
 * real files are written three other ways; each is read here into that form:
 *
 * - Sloth's template, `rate(x[{{.window}}])`: the same placeholder, spelled
 *   differently;
 * - a rate over a fixed range, `sum(rate(x[5m]))`: when every range of the
 *   query is the range of a `rate()`, and all are the same, the range becomes
 *   the window. The rate over the whole window is what the SLO measures;
 * - raw counters, `sum(x_total{code="200"})`, under `counter: true`: each
 *   selector becomes `rate(selector[{{window}}])`. Only selectors added up
 *   (`sum`, `+`, parentheses) are read that way, since a rate distributes
 *   over a sum of counters and over nothing else.
 *
 * Anything else is refused with what to write instead.
 */
export type WindowedQuery = { query: string } | { problem: string };

/** Sloth and Go templates write the placeholder `{{.window}}`, spaces allowed. */
const GO_TEMPLATE_WINDOW = /\{\{\s*\.window\s*\}\}/g;

/** The query with Sloth's `{{.window}}` spelled as the portal's `{{window}}`. */
export function withPortalPlaceholder(query: string): string {
  return query.replace(GO_TEMPLATE_WINDOW, WINDOW_PLACEHOLDER);
}

export function windowedQuery(
  query: string,
  counter: boolean | undefined,
): WindowedQuery {
  const templated = withPortalPlaceholder(query);
  const parsed = parsePromql(templated);
  if ('problem' in parsed) {
    return parsed;
  }
  if (templated.includes(WINDOW_PLACEHOLDER)) {
    return { query: templated };
  }
  const tree = parsed.tree;
  const ranges = descendants(tree.topNode, 'MatrixSelector');
  if (descendants(tree.topNode, 'SubqueryExpr').length > 0) {
    return {
      problem: `a subquery sets its own range: write ${WINDOW_PLACEHOLDER} where the SLO's window goes`,
    };
  }
  if (ranges.length > 0) {
    return fixedRangeAsWindow(query, ranges);
  }
  if (counter !== true) {
    return {
      problem: `must show where the window goes, e.g. rate(x[${WINDOW_PLACEHOLDER}]), or read raw counters under counter: true`,
    };
  }
  return countersAsRates(query, tree.topNode);
}

/** Every range must be a `rate()` argument, and all of the same length. */
function fixedRangeAsWindow(
  query: string,
  ranges: SyntaxNode[],
): WindowedQuery {
  const durations = new Set<string>();
  for (const range of ranges) {
    const call = enclosingCall(range);
    if (
      !call ||
      call.getChild('FunctionIdentifier')?.firstChild?.name !== 'Rate'
    ) {
      return {
        problem: `reads a fixed range outside rate() (${excerpt(
          query,
          call ?? range,
        )}): write ${WINDOW_PLACEHOLDER} where the SLO's window goes`,
      };
    }
    durations.add(text(query, range.getChild('DurationExpr')!));
  }
  if (durations.size > 1) {
    return {
      problem: `reads rates over different ranges (${[...durations].join(
        ', ',
      )}): write ${WINDOW_PLACEHOLDER} where the SLO's window goes`,
    };
  }
  return {
    query: replaceSpans(
      query,
      ranges.map(range => range.getChild('DurationExpr')!),
      () => WINDOW_PLACEHOLDER,
    ),
  };
}

/** The node types a sum of counters is made of. */
const ADDING_UP = new Set([
  'PromQL',
  'ParenExpr',
  'AggregateExpr',
  'AggregateOp',
  'Sum',
  'AggregateModifier',
  'By',
  'Without',
  'GroupingLabels',
  'LabelName',
  'QuotedLabelName',
  'FunctionCallBody',
  'BinaryExpr',
  'Add',
]);

function countersAsRates(query: string, root: SyntaxNode): WindowedQuery {
  const selectors: SyntaxNode[] = [];
  let other: SyntaxNode | undefined;
  const visit = (node: SyntaxNode) => {
    if (other) {
      return;
    }
    if (node.name === 'VectorSelector') {
      selectors.push(node);
      return;
    }
    if (!ADDING_UP.has(node.name)) {
      other = node;
      return;
    }
    for (let child = node.firstChild; child; child = child.nextSibling) {
      visit(child);
    }
  };
  visit(root);
  if (other || selectors.length === 0) {
    return {
      problem: `under counter: true, a query must add counters up (a selector, sum(...) of selectors, or such terms joined by +), not ${
        other ? excerpt(query, other) : 'nothing'
      }: otherwise write rate(x[${WINDOW_PLACEHOLDER}]) yourself`,
    };
  }
  return {
    query: replaceSpans(
      query,
      selectors,
      selector => `rate(${selector}[${WINDOW_PLACEHOLDER}])`,
    ),
  };
}

function descendants(root: SyntaxNode, name: string): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  root.cursor().iterate(node => {
    if (node.name === name) {
      found.push(node.node);
    }
  });
  return found;
}

/** The function call a range is the argument of, through an offset or @. */
function enclosingCall(range: SyntaxNode): SyntaxNode | undefined {
  let node = range.parent;
  while (
    node &&
    (node.name === 'OffsetExpr' || node.name === 'StepInvariantExpr')
  ) {
    node = node.parent;
  }
  return node?.name === 'FunctionCallBody' &&
    node.parent?.name === 'FunctionCall'
    ? node.parent
    : undefined;
}

function replaceSpans(
  query: string,
  nodes: SyntaxNode[],
  replacement: (text: string) => string,
): string {
  let result = '';
  let from = 0;
  for (const node of [...nodes].sort((a, b) => a.from - b.from)) {
    result += query.slice(from, node.from) + replacement(text(query, node));
    from = node.to;
  }
  return result + query.slice(from);
}

function text(query: string, node: SyntaxNode): string {
  return query.slice(node.from, node.to);
}

/** A short quote of the part of the query a message is about. */
function excerpt(query: string, node: SyntaxNode): string {
  const quoted = text(query, node);
  return quoted.length > 60 ? `${quoted.slice(0, 57)}...` : quoted;
}
