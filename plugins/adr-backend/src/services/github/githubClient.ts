import type { LoggerService } from '@backstage/backend-plugin-api';
import { InputError, ServiceUnavailableError } from '@backstage/errors';
import type {
  GithubCredentialsProvider,
  ScmIntegrationRegistry,
} from '@backstage/integration';
import { Octokit } from '@octokit/rest';
import type { GithubFolder } from './githubFolderUrl';

/** A GitHub call that has not answered after this long is abandoned. */
export const DEFAULT_GITHUB_TIMEOUT_MS = 30_000;

export interface GithubClientOptions {
  integrations: ScmIntegrationRegistry;
  credentialsProvider: GithubCredentialsProvider;
  folder: GithubFolder;
  logger: LoggerService;
  /** Writing needs a token; reading public repositories does not. */
  requireToken: boolean;
  timeoutMs?: number;
}

function fetchWithDeadline(timeoutMs: number): typeof fetch {
  return async (url, init) => {
    const signals = [AbortSignal.timeout(timeoutMs)];
    if (init?.signal) signals.push(init.signal);
    try {
      return await globalThis.fetch(url, {
        ...init,
        signal: AbortSignal.any(signals),
      });
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') {
        throw new Error(`GitHub did not answer within ${timeoutMs} ms`);
      }
      throw error;
    }
  };
}

/**
 * Octokit logs each request at info level, and its debug line carries the
 * request options; only its warnings (deprecations) are worth keeping.
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
 * An Octokit client for the folder's host, authenticated with the host's
 * integration credentials (a token or a GitHub App installation token for
 * the repository's owner). No retry plugin: a failed call is reported, and
 * the caller decides whether one repository's failure ends its work.
 */
export async function createGithubClient(
  options: GithubClientOptions,
): Promise<Octokit> {
  const { host, owner, repo } = options.folder;
  const integration = options.integrations.github.byHost(host);
  if (!integration?.config.apiBaseUrl) {
    throw new InputError(
      `GitHub host ${host} has no apiBaseUrl under integrations.github`,
    );
  }
  let token: string | undefined;
  try {
    ({ token } = await options.credentialsProvider.getCredentials({
      url: `https://${host}/${owner}/${repo}`,
    }));
  } catch (error) {
    // A GitHub App not installed for the owner ends up here.
    throw new ServiceUnavailableError(
      `Could not get GitHub credentials for ${owner}/${repo} on ${host}: ${
        (error as Error).message
      }`,
    );
  }
  if (!token && options.requireToken) {
    throw new InputError(
      `No GitHub credentials for ${host}: configure a token or a GitHub App for it under integrations.github`,
    );
  }
  return new Octokit({
    ...(token ? { auth: token } : {}),
    baseUrl: integration.config.apiBaseUrl,
    userAgent: 'localplus-portal-adr',
    log: quietLog(options.logger),
    request: {
      fetch: fetchWithDeadline(options.timeoutMs ?? DEFAULT_GITHUB_TIMEOUT_MS),
    },
  });
}
