import type { LoggerService } from '@backstage/backend-plugin-api';
import { InputError, ServiceUnavailableError } from '@backstage/errors';
import type {
  GithubCredentialsProvider,
  ScmIntegrationRegistry,
} from '@backstage/integration';
import type { Octokit } from '@octokit/rest';
import { createOctokit } from './createOctokit';

/** One repository on a GitHub host configured under `integrations.github`. */
export interface GithubRepositoryAddress {
  /** The integration's host: `github.com` or a GitHub Enterprise host. */
  host: string;
  owner: string;
  repo: string;
}

/** @see createGithubClient */
export interface GithubClientOptions {
  integrations: ScmIntegrationRegistry;
  credentialsProvider: GithubCredentialsProvider;
  repository: GithubRepositoryAddress;
  /** A token of the caller's (a scaffolder action's input); wins over the integration credentials. */
  token?: string;
  /** Writing needs a token; reading public repositories does not. */
  requireToken: boolean;
  /**
   * Where else a token can come from, named at the end of the error when
   * there is none: `pass the token input` gives `..., or pass the token input`.
   */
  missingTokenHint?: string;
  /** Starts the User-Agent header, naming the plugin to GitHub: `localplus-portal-adr`. */
  userAgent: string;
  /** Receives Octokit's warnings, and nothing else. */
  logger: LoggerService;
  /** Each request's deadline; default `DEFAULT_GITHUB_TIMEOUT_MS` (30 s). */
  timeoutMs?: number;
  /** Ends every request early when it aborts, e.g. a scaffolder task's. */
  signal?: AbortSignal;
}

async function integrationToken(
  options: GithubClientOptions,
): Promise<string | undefined> {
  const { host, owner, repo } = options.repository;
  try {
    const { token } = await options.credentialsProvider.getCredentials({
      url: `https://${host}/${owner}/${repo}`,
    });
    return token;
  } catch (error) {
    // A GitHub App not installed for the owner ends up here.
    throw new ServiceUnavailableError(
      `Could not get GitHub credentials for ${owner}/${repo} on ${host}: ${
        (error as Error).message
      }`,
    );
  }
}

/**
 * An Octokit client (see `createOctokit`) on the API of the repository's
 * host, authenticated with `token` when given, else with the host's
 * integration credentials: its token, or a GitHub App installation token
 * for the repository's owner.
 *
 * Throws an `InputError` when the host has no API base URL under
 * `integrations.github`, or when no token is found and `requireToken` is
 * set; a `ServiceUnavailableError` when the credentials provider fails
 * (e.g. the GitHub App is not installed for the owner). Without a token and
 * without `requireToken`, the client is unauthenticated.
 */
export async function createGithubClient(
  options: GithubClientOptions,
): Promise<Octokit> {
  const { host } = options.repository;
  const integration = options.integrations.github.byHost(host);
  if (!integration?.config.apiBaseUrl) {
    throw new InputError(
      `GitHub host ${host} has no apiBaseUrl under integrations.github`,
    );
  }
  const token = options.token || (await integrationToken(options));
  if (!token && options.requireToken) {
    const hint = options.missingTokenHint
      ? `, or ${options.missingTokenHint}`
      : '';
    throw new InputError(
      `No GitHub credentials for ${host}: configure a token or a GitHub App for it under integrations.github${hint}`,
    );
  }
  return createOctokit({
    baseUrl: integration.config.apiBaseUrl,
    token,
    userAgent: options.userAgent,
    logger: options.logger,
    timeoutMs: options.timeoutMs,
    signal: options.signal,
  });
}
