import type { LoggerService } from '@backstage/backend-plugin-api';
import { Octokit } from '@octokit/rest';
import { fetchWithDeadline } from './fetchWithDeadline';
import { quietOctokitLog } from './quietOctokitLog';

/** A GitHub call that has not answered after this long is abandoned. */
export const DEFAULT_GITHUB_TIMEOUT_MS = 30_000;

/** @see createOctokit */
export interface OctokitOptions {
  /** The REST API root: `https://api.github.com`, `https://ghe.example.com/api/v3`. */
  baseUrl: string;
  /** Sent as the `Authorization` header; without it the client is unauthenticated. */
  token?: string;
  /** Starts the User-Agent header, naming the plugin to GitHub: `localplus-portal-adr`. */
  userAgent: string;
  /** Receives Octokit's warnings, and nothing else. */
  logger: LoggerService;
  /** Each request's deadline in milliseconds; default {@link DEFAULT_GITHUB_TIMEOUT_MS}. */
  timeoutMs?: number;
  /** Ends every request early when it aborts, e.g. a scaffolder task's. */
  signal?: AbortSignal;
}

/**
 * An Octokit client on `baseUrl`: every request has its own deadline (see
 * {@link OctokitOptions.timeoutMs}) and ends when `signal` aborts, and
 * Octokit's own log is quiet but for its warnings (a deprecated endpoint or
 * method), which go to `logger`. No retry or throttling plugin: a failed
 * call is reported, and the caller decides what it ends.
 */
export function createOctokit(options: OctokitOptions): Octokit {
  const log = quietOctokitLog(options.logger);
  return new Octokit({
    ...(options.token ? { auth: options.token } : {}),
    baseUrl: options.baseUrl,
    userAgent: options.userAgent,
    log,
    request: {
      // @octokit/request warns of a deprecated endpoint here, not in `log`.
      log,
      fetch: fetchWithDeadline(
        options.timeoutMs ?? DEFAULT_GITHUB_TIMEOUT_MS,
        options.signal,
      ),
    },
  });
}
