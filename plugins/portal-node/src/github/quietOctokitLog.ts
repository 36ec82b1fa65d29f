import type { LoggerService } from '@backstage/backend-plugin-api';

/** The log Octokit writes to, as its constructor takes it. */
export interface OctokitLog {
  debug: (message: string) => void;
  info: (message: string) => void;
  warn: (message: string) => void;
  error: (message: string) => void;
}

/**
 * Octokit's log, quiet: its request log would repeat the caller's own
 * messages at info level, its debug line carries the request options, and a
 * failed request is reported by whoever made it. Only its warnings (a
 * deprecated endpoint) reach `logger`.
 */
export function quietOctokitLog(logger: LoggerService): OctokitLog {
  const ignore = () => {};
  return {
    debug: ignore,
    info: ignore,
    warn: message => logger.warn(String(message)),
    error: ignore,
  };
}
