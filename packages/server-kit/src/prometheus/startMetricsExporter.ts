import { listen } from '../http/listen';
import {
  assertValidSeries,
  formatLabels,
  formatValue,
  seriesKey,
  SyntheticSeries,
} from './syntheticSeries';

export interface MetricsExporterOptions {
  series: readonly SyntheticSeries[];
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Epoch milliseconds of "now"; defaults to the wall clock. */
  clock?: () => number;
}

export interface MetricsExporter {
  /** e.g. `http://127.0.0.1:7704`; metrics at `${url}/metrics`. */
  url: string;
  port: number;
  /** `host:port`, what a Prometheus scrape config lists as target. */
  target: string;
  close(): Promise<void>;
}

/**
 * The Prometheus text format (0.0.4) of every series at `ms`. Each sample
 * carries that timestamp, so the stored value is exactly `valueAt` of the
 * stored time rather than of a moment a few milliseconds off.
 */
export function exposition(
  series: readonly SyntheticSeries[],
  ms: number,
): string {
  const lines = [...series]
    .sort((a, b) => seriesKey(a).localeCompare(seriesKey(b)))
    .map(
      one =>
        `${one.metric}${formatLabels(one.labels)} ${formatValue(
          one.valueAt(ms / 1000),
        )} ${ms}`,
    );
  return `${lines.join('\n')}\n`;
}

/**
 * Serves the current values of `series` on `GET /metrics`, for Prometheus to
 * scrape: the live continuation of a backfilled history.
 */
export async function startMetricsExporter(
  options: MetricsExporterOptions,
): Promise<MetricsExporter> {
  options.series.forEach(assertValidSeries);
  const clock = options.clock ?? Date.now;
  const server = await listen(
    (req, res) => {
      if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
        res.writeHead(404).end();
        return;
      }
      res
        .writeHead(200, {
          'content-type': 'text/plain; version=0.0.4; charset=utf-8',
        })
        .end(exposition(options.series, Math.floor(clock())));
    },
    options.host ?? '127.0.0.1',
    options.port ?? 0,
  );
  return {
    url: server.url,
    port: server.port,
    target: server.url.replace(/^http:\/\//, ''),
    close: () => server.close(),
  };
}
