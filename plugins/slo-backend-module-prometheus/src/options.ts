import { httpBaseUrlSchema } from '@localplus/portal-node';
import { z } from 'zod';

/** One Prometheus, the one that holds an environment's metrics. */
export type PrometheusEnvironmentOptions = {
  /**
   * Where the HTTP API is served, with any path prefix (e.g.
   * `https://gateway.example/prometheus`); `/api/v1/...` is appended.
   */
  baseUrl: string;
  /** Where people open Prometheus in a browser; only used for explorer links. */
  publicUrl?: string;
  /** Extra request headers, e.g. `Authorization`. Sent to `baseUrl` only, never shown. */
  headers?: Record<string, string>;
};

export type PrometheusMetricSourceOptions = {
  /** By environment name (`dev`, `staging`, `prod`); at least one. */
  environments: Record<string, PrometheusEnvironmentOptions>;
  /** How long one query may take, body included. Default 10 seconds, at most 5 minutes. */
  timeoutMs?: number;
  /** The largest response body read, in bytes. Default 20 MiB. */
  maxResponseBytes?: number;
};

export const DEFAULT_TIMEOUT_MS = 10_000;
export const MAX_TIMEOUT_MS = 5 * 60_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 20 * 1024 * 1024;

// RFC 9110 token characters.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Credentials belong in `headers`, never in the URL: a URL is shown in every
 * error message, and fetch refuses URLs with user info anyway.
 */
const httpUrl = () => httpBaseUrlSchema('headers');

// The messages never include the value: header values are secrets.
const headerValue = z
  .string({ error: 'must be a string' })
  .refine(value => value.trim() !== '', 'must not be empty')
  .refine(
    value => !/[\r\n\0]/.test(value),
    'must be a single line without control characters',
  );

const environmentSchema = z.strictObject({
  baseUrl: httpUrl(),
  publicUrl: httpUrl().optional(),
  headers: z
    .record(
      z.string().regex(HEADER_NAME, 'is not a valid HTTP header name'),
      headerValue,
    )
    .optional(),
});

export const environmentsSchema = z
  .record(z.string().min(1), environmentSchema, {
    error: 'must map environment names to { baseUrl }',
  })
  .refine(
    environments => Object.keys(environments).length > 0,
    'must name at least one environment',
  );

export const timeoutMsSchema = z
  .number()
  .int('must be a whole number of milliseconds')
  .min(1, 'must be positive')
  .max(MAX_TIMEOUT_MS, 'must be at most 5 minutes');

const optionsSchema = z.strictObject({
  environments: environmentsSchema,
  timeoutMs: timeoutMsSchema.optional(),
  maxResponseBytes: z.number().int().min(1).optional(),
});

/** What the source works with: validated, URLs normalised, defaults applied. */
export type ResolvedEnvironment = {
  name: string;
  baseUrl: string;
  publicUrl?: string;
  headers: Record<string, string>;
};

export type ResolvedOptions = {
  environments: ResolvedEnvironment[];
  timeoutMs: number;
  maxResponseBytes: number;
};

/** One line per problem, each naming the key it is about. */
export function describeIssues(error: z.ZodError, prefix: string): string {
  return error.issues
    .map(issue => {
      const key = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
      const message =
        issue.code === 'invalid_key'
          ? issue.issues[0]?.message ?? issue.message
          : issue.message;
      return `${key || '(root)'}: ${message}`;
    })
    .join('; ');
}

/**
 * Validates options given in code. Configuration goes through
 * `readPrometheusConfig`, which names the config keys instead.
 */
export function resolveOptions(
  options: PrometheusMetricSourceOptions,
): ResolvedOptions {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new Error(
      `Invalid Prometheus metric source options: ${describeIssues(
        parsed.error,
        '',
      )}`,
    );
  }
  const { environments, timeoutMs, maxResponseBytes } = parsed.data;
  return {
    environments: Object.entries(environments).map(([name, environment]) => ({
      name,
      baseUrl: environment.baseUrl,
      publicUrl: environment.publicUrl,
      headers: environment.headers ?? {},
    })),
    timeoutMs: timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxResponseBytes: maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
  };
}
