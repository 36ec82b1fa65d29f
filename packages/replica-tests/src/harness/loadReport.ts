import type { LoadRunResult, RouteLoadResult } from './routeLoad';
import type { SettleResult } from './settle';

/** The run in one paragraph: the replicas' state before, then the load. */
export function formatLoadSummary(
  run: LoadRunResult,
  settle: SettleResult,
  rate: number,
  seconds: number,
): string {
  const shares = settle.lastShares.map(share => share.toFixed(2)).join(', ');
  return [
    `Replicas ${
      settle.settled ? 'settled' : 'still busy'
    } after ${settle.waitedSeconds.toFixed(0)} s (CPU ${shares}).`,
    `Load through HAProxy, ${rate} requests/s offered for ${seconds} s (open loop): ` +
      `${run.sent} sent, ${run.ok} answered 2xx in ${run.elapsedSeconds.toFixed(
        1,
      )} s, ` +
      `at most ${
        run.maxInFlight
      } in flight, sends at most ${run.maxSendLagMs.toFixed(0)} ms late`,
  ].join('\n');
}

/** Routes that got a non-2xx answer or an error, with what they got. */
export function loadFailures(run: LoadRunResult) {
  return run.routes
    .filter(r => r.non2xx > 0 || r.errors > 0)
    .map(r => ({
      route: r.route,
      statuses: r.statuses,
      errors: r.errors,
      samples: r.errorSamples,
    }));
}

/** The per-route table as text, for the test log. */
export function formatLoadTable(results: RouteLoadResult[]): string {
  const header = [
    'route',
    'rate/s',
    'sent',
    '2xx',
    'non-2xx',
    'errors',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'max ms',
  ];
  const rows = results.map(r => [
    r.route,
    String(r.rate),
    String(r.requests),
    String(r.ok),
    String(r.non2xx),
    String(r.errors),
    ...[r.p50, r.p95, r.p99, r.max].map(ms => ms.toFixed(1)),
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map(row => row[i].length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) =>
        i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]),
      )
      .join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}
