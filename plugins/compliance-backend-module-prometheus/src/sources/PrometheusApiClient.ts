import { z } from 'zod';
import { httpGetJson } from '@localplus/plugin-compliance-node';
import type { PrometheusTarget } from './prometheusTargets';

const text = z.string().max(100_000);
const labels = z.record(z.string().max(200), text);

const rulesSchema = z.object({
  status: z.literal('success'),
  data: z.object({
    groups: z
      .array(
        z.object({
          name: text,
          file: text.optional(),
          rules: z
            .array(
              z.object({
                type: z.string().max(20),
                name: text,
                labels: labels.optional(),
                health: z.string().max(20).optional(),
                lastError: text.optional(),
              }),
            )
            .max(100_000),
        }),
      )
      .max(100_000),
  }),
});

const alertmanagersSchema = z.object({
  status: z.literal('success'),
  data: z.object({
    activeAlertmanagers: z.array(z.object({ url: text })).max(10_000),
    droppedAlertmanagers: z
      .array(z.object({ url: text }))
      .max(10_000)
      .optional(),
  }),
});

const vectorSchema = z.object({
  status: z.literal('success'),
  data: z.object({
    resultType: z.literal('vector'),
    result: z
      .array(
        z.object({
          metric: labels,
          value: z.tuple([z.number(), z.string().max(100)]),
        }),
      )
      .max(100_000),
  }),
});

/** An alerting rule Prometheus has loaded. */
export interface LoadedAlertRule {
  name: string;
  group: string;
  labels: Record<string, string>;
  /** `ok`, `err` or `unknown` (not evaluated yet). */
  health?: string;
  lastError?: string;
}

export interface InstantSample {
  labels: Record<string, string>;
  value: number;
}

export interface PrometheusLimits {
  timeoutMs: number;
  maxBytes: number;
}

/** The few endpoints of the Prometheus HTTP API the checks read. */
export class PrometheusApiClient {
  constructor(
    readonly target: PrometheusTarget,
    private readonly limits: PrometheusLimits,
  ) {}

  /** `GET /api/v1/rules?type=alert`, flattened. */
  async alertingRules(signal: AbortSignal): Promise<LoadedAlertRule[]> {
    const body = await this.get(
      this.url('/api/v1/rules?type=alert'),
      rulesSchema,
      signal,
    );
    return body.data.groups.flatMap(group =>
      group.rules
        .filter(rule => rule.type === 'alerting')
        .map(rule => ({
          name: rule.name,
          group: group.name,
          labels: rule.labels ?? {},
          health: rule.health,
          lastError: rule.lastError,
        })),
    );
  }

  /** `GET /api/v1/alertmanagers`: the URLs alerts are sent to, and those dropped by relabelling. */
  async alertmanagers(
    signal: AbortSignal,
  ): Promise<{ active: string[]; dropped: string[] }> {
    const body = await this.get(
      this.url('/api/v1/alertmanagers'),
      alertmanagersSchema,
      signal,
    );
    return {
      active: body.data.activeAlertmanagers.map(a => a.url),
      dropped: (body.data.droppedAlertmanagers ?? []).map(a => a.url),
    };
  }

  /** An instant query evaluated at `time`; its samples with their labels. */
  async instantQuery(
    query: string,
    time: Date,
    signal: AbortSignal,
  ): Promise<InstantSample[]> {
    const params = new URLSearchParams({
      query,
      time: (time.getTime() / 1000).toFixed(3),
    });
    const body = await this.get(
      this.url(`/api/v1/query?${params}`),
      vectorSchema,
      signal,
    );
    return body.data.result.map(sample => ({
      labels: sample.metric,
      value: Number(sample.value[1]),
    }));
  }

  /** The URL of an API path, for requests and for `examined` items. */
  url(path: string): string {
    return `${this.target.baseUrl}${path}`;
  }

  private get<T>(url: string, schema: z.ZodType<T>, signal: AbortSignal) {
    return httpGetJson(url, schema, {
      headers: this.target.headers,
      signal,
      ...this.limits,
    });
  }
}
