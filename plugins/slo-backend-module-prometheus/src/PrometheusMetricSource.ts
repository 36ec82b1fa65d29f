import type { Config } from '@backstage/config';
import {
  MetricSourceError,
  type InstantQueryRequest,
  type MetricSample,
  type MetricSeries,
  type RangeQueryRequest,
  type SloMetricSource,
} from '@localplus/plugin-slo-node';
import { PrometheusClient } from './client/PrometheusClient';
import { PrometheusMetricSourceOptions, resolveOptions } from './options';
import {
  QueryData,
  ResultProblem,
  toSamples,
  toSeries,
} from './parseQueryResult';
import { CONFIG_KEY, readPrometheusConfig } from './readPrometheusConfig';

/** Prometheus takes times as Unix seconds; milliseconds are kept. */
function unixSeconds(date: Date): string {
  return (date.getTime() / 1000).toFixed(3);
}

function invalidRequest(client: PrometheusClient, problem: string) {
  return client.error(
    'query',
    `Invalid query for Prometheus for ${client.environment.name}: ${problem}`,
  );
}

/**
 * PromQL over the Prometheus HTTP API, one Prometheus per environment. Also
 * serves anything that speaks the same API (Thanos, Mimir, VictoriaMetrics).
 */
export class PrometheusMetricSource implements SloMetricSource {
  readonly type = 'prometheus';
  private readonly clients: Map<string, PrometheusClient>;

  /** The source configured under `slo.prometheus`, or undefined when that key is absent. */
  static fromConfig(config: Config): PrometheusMetricSource | undefined {
    const options = readPrometheusConfig(config);
    return options && new PrometheusMetricSource(options);
  }

  constructor(options: PrometheusMetricSourceOptions) {
    const { environments, ...limits } = resolveOptions(options);
    this.clients = new Map(
      environments.map(environment => [
        environment.name,
        new PrometheusClient(environment, limits),
      ]),
    );
  }

  environments(): string[] {
    return [...this.clients.keys()];
  }

  async queryInstant(request: InstantQueryRequest): Promise<MetricSample[]> {
    const client = this.clientFor(request.environment);
    if (Number.isNaN(request.time.getTime())) {
      throw invalidRequest(client, 'the evaluation time is not a valid date');
    }
    const data = await client.post(
      'query',
      { query: request.query, time: unixSeconds(request.time) },
      request.signal,
    );
    return this.parse(client, data, toSamples);
  }

  async queryRange(request: RangeQueryRequest): Promise<MetricSeries[]> {
    const { start, end, stepSeconds } = request;
    const client = this.clientFor(request.environment);
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) {
      throw invalidRequest(client, 'start or end is not a valid date');
    }
    if (start > end) {
      throw invalidRequest(client, 'the range starts after it ends');
    }
    if (!(stepSeconds > 0) || !Number.isFinite(stepSeconds)) {
      throw invalidRequest(client, 'the step must be a positive number');
    }
    const data = await client.post(
      'query_range',
      {
        query: request.query,
        start: unixSeconds(start),
        end: unixSeconds(end),
        step: String(stepSeconds),
      },
      request.signal,
    );
    return this.parse(client, data, toSeries);
  }

  /** The Prometheus graph page for `query`, when the environment has a `publicUrl`. */
  explorerUrl(environment: string, query: string): string | undefined {
    const publicUrl = this.clients.get(environment)?.environment.publicUrl;
    if (!publicUrl) {
      return undefined;
    }
    // encodeURIComponent, not URLSearchParams: a `+` for a space is not
    // decoded by every Prometheus UI version.
    return `${publicUrl}/graph?g0.expr=${encodeURIComponent(query)}&g0.tab=0`;
  }

  private clientFor(environment: string): PrometheusClient {
    const client = this.clients.get(environment);
    if (!client) {
      throw new MetricSourceError(
        'not-configured',
        environment,
        `No Prometheus is configured for environment '${environment}' (configured: ${this.environments().join(
          ', ',
        )}; see ${CONFIG_KEY}.environments)`,
      );
    }
    return client;
  }

  private parse<T>(
    client: PrometheusClient,
    data: QueryData,
    convert: (data: QueryData) => T,
  ): T {
    try {
      return convert(data);
    } catch (error) {
      if (error instanceof ResultProblem) {
        throw client.error(
          error.kind,
          error.kind === 'query'
            ? `Prometheus for ${client.environment.name}: ${error.message}`
            : `${client.where} ${error.message}`,
        );
      }
      throw error;
    }
  }
}
