import { parser } from '@prometheus-io/lezer-promql';
import { WINDOW_PLACEHOLDER } from './promqlSafety';

/** The syntax tree of a query, from the Prometheus project's grammar. */
export type PromqlTree = ReturnType<typeof parser.parse>;

const SAME_LENGTH_DURATION = `${'9'.repeat(WINDOW_PLACEHOLDER.length - 1)}s`;

/**
 * Reads a query with the PromQL grammar of the Prometheus project, so that a
 * typo is reported where the SLO is written rather than when Prometheus first
 * evaluates a rule. `{{window}}` is read as a duration of the same length,
 * so positions in a message are those of the query as written.
 */
export function parsePromql(
  query: string,
): { tree: PromqlTree } | { problem: string } {
  const source = query.split(WINDOW_PLACEHOLDER).join(SAME_LENGTH_DURATION);
  const tree = parser.parse(source);
  let errorAt: number | undefined;
  tree.iterate({
    enter: node => {
      if (errorAt !== undefined) {
        return false;
      }
      if (node.type.isError) {
        errorAt = node.from;
        return false;
      }
      return undefined;
    },
  });
  if (errorAt === undefined) {
    return { tree };
  }
  const near = source.slice(errorAt, errorAt + 20);
  return {
    problem: `is not valid PromQL at character ${errorAt + 1}${
      near ? ` (near "${near}")` : ' (it ends too early)'
    }`,
  };
}

/** Why the query is not PromQL, or undefined when it is. */
export function promqlSyntaxProblem(query: string): string | undefined {
  const parsed = parsePromql(query);
  return 'problem' in parsed ? parsed.problem : undefined;
}
