import { LoggerService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  GithubCredentialsProvider,
  ScmIntegrationRegistry,
} from '@backstage/integration';
import { Octokit } from '@octokit/rest';
import { GithubRepository } from './githubInputRules';

/** A GitHub call that has not answered after this long is abandoned. */
export const DEFAULT_GITHUB_REQUEST_TIMEOUT_MS = 30_000;

export interface GithubClientOptions {
  integrations: ScmIntegrationRegistry;
  credentialsProvider: GithubCredentialsProvider;
  repository: GithubRepository;
  /** The action's `token` input; wins over the integration credentials. */
  token?: string;
  logger: LoggerService;
  signal?: AbortSignal;
  requestTimeoutMs?: number;
}

async function resolveToken(options: GithubClientOptions): Promise<string> {
  if (options.token) {
    return options.token;
  }
  const { host, owner, repo } = options.repository;
  let token: string | undefined;
  try {
    ({ token } = await options.credentialsProvider.getCredentials({
      url: `https://${host}/${owner}/${repo}`,
    }));
  } catch (error) {
    throw new Error(
      `Could not get GitHub credentials for host ${host}: ${
        (error as Error).message
      }`,
    );
  }
  if (!token) {
    throw new InputError(
      `No GitHub token for host ${host}: configure a token or a GitHub App under integrations.github for host ${host}, or pass the token input`,
    );
  }
  return token;
}

/**
 * Gives every request its own deadline, and ends it early when the task is
 * cancelled. Octokit reports the timeout as an unreachable GitHub with this
 * message.
 */
function fetchWithDeadline(timeoutMs: number, taskSignal?: AbortSignal) {
  return async (url: string | URL | Request, init?: RequestInit) => {
    const signals = [AbortSignal.timeout(timeoutMs)];
    if (init?.signal) signals.push(init.signal);
    if (taskSignal) signals.push(taskSignal);
    try {
      return await globalThis.fetch(url, {
        ...init,
        signal: AbortSignal.any(signals),
      });
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') {
        throw new Error(`no answer within ${timeoutMs} ms`);
      }
      throw error;
    }
  };
}

/**
 * Octokit's request log would duplicate our own messages at info level, and
 * its debug line carries the request options; only deprecation warnings are
 * worth passing on.
 */
function quietLog(logger: LoggerService) {
  const ignore = () => {};
  return {
    debug: ignore,
    info: ignore,
    warn: (message: string) => logger.warn(String(message)),
    error: ignore,
  };
}

/**
 * An Octokit client for one repository's host, authenticated with the given
 * token or the host's integration credentials. No retry or throttling
 * plugin: a failed call fails the step, and the scaffolder's checkpoints make
 * a retried task resume after the calls that already succeeded.
 */
export async function createGithubClient(
  options: GithubClientOptions,
): Promise<Octokit> {
  const { host } = options.repository;
  const integration = options.integrations.github.byHost(host);
  if (!integration?.config.apiBaseUrl) {
    throw new InputError(
      `No API base URL for GitHub host ${host}; set integrations.github apiBaseUrl for it`,
    );
  }
  const token = await resolveToken(options);
  return new Octokit({
    auth: token,
    baseUrl: integration.config.apiBaseUrl,
    userAgent: 'localplus-portal-scaffolder',
    log: quietLog(options.logger),
    request: {
      fetch: fetchWithDeadline(
        options.requestTimeoutMs ?? DEFAULT_GITHUB_REQUEST_TIMEOUT_MS,
        options.signal,
      ),
    },
  });
}
