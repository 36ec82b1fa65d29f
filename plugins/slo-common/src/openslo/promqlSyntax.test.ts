import { parsePromql } from './promqlSyntax';

const problem = (query: string) => {
  const result = parsePromql(query);
  return 'problem' in result ? result.problem : undefined;
};

describe('parsePromql', () => {
  it.each([
    [
      'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="svc-ledger"}[5m])))',
    ],
    ['min_over_time(probe_success{target="argocd-server"}[1m])'],
    ['sum(rate(http_requests_total{code=~"5.."}[{{window}}] offset 1m))'],
    ['sum(rate({"http.server.requests", code="500"}[{{window}}]))'],
    ['max(up @ end())'],
    ['1 - avg_over_time(up[1h:1m])'],
  ])('reads %s', query => {
    expect(problem(query)).toBeUndefined();
  });

  it.each([
    [
      'sum(rate(x[5m])',
      'is not valid PromQL at character 16 (it ends too early)',
    ],
    [
      'rate(x[{{window}}]) ) + 1',
      'is not valid PromQL at character 21 (near ") + 1")',
    ],
    ['up{job=}', 'is not valid PromQL at character 8 (near "}")'],
    ['sum(x) by', 'is not valid PromQL at character 10 (it ends too early)'],
    [
      'no_such_function(up)',
      'is not valid PromQL at character 17 (near "(up)")',
    ],
  ])('reports where %s goes wrong', (query, message) => {
    expect(problem(query)).toBe(message);
  });

  it('reads a long, deeply nested query without trouble', () => {
    const nested = `${'('.repeat(900)}up${')'.repeat(900)}`;
    expect(problem(nested)).toBeUndefined();
  });
});
