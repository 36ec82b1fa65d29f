import { mockServices } from '@backstage/backend-test-utils';
import { InputError, ServiceUnavailableError } from '@backstage/errors';
import {
  DefaultGithubCredentialsProvider,
  type GithubCredentialsProvider,
  ScmIntegrations,
} from '@backstage/integration';
import { delay } from 'msw';
import {
  ENTERPRISE_API,
  ENTERPRISE_HOST,
  GITHUB_API,
  json,
  setupGithubApiMock,
} from './__testUtils__/githubApiMock';
import { failureOf } from './__testUtils__/failureOf';
import {
  createGithubClient,
  type GithubClientOptions,
} from './createGithubClient';

const github = setupGithubApiMock();

const GITHUB_TOKEN = 'ghp_portalIntegration0123456789abcdefAB';
const ENTERPRISE_TOKEN = 'ghp_portalEnterprise0123456789abcdefAB';
const INPUT_TOKEN = 'ghp_portalInput0123456789abcdefABCDEFGH';
const NO_API_HOST = 'git.localplus.example';

/** github.com and an Enterprise host with tokens, and a host without an API URL. */
const integrations = (hosts?: object[]) =>
  ScmIntegrations.fromConfig(
    mockServices.rootConfig({
      data: {
        integrations: {
          github: hosts ?? [
            { host: 'github.com', token: GITHUB_TOKEN },
            {
              host: ENTERPRISE_HOST,
              apiBaseUrl: ENTERPRISE_API,
              token: ENTERPRISE_TOKEN,
            },
            { host: NO_API_HOST },
          ],
        },
      },
    }),
  );

const docs = { host: 'github.com', owner: 'localplus', repo: 'docs' };

function client(options: Partial<GithubClientOptions> = {}) {
  const registry = options.integrations ?? integrations();
  return createGithubClient({
    integrations: registry,
    credentialsProvider:
      DefaultGithubCredentialsProvider.fromIntegrations(registry),
    repository: docs,
    requireToken: true,
    userAgent: 'localplus-portal-test',
    logger: mockServices.logger.mock(),
    ...options,
  });
}

/** Builds the client and reads the repository once with it. */
async function readRepository(options: Partial<GithubClientOptions> = {}) {
  const { owner, repo } = options.repository ?? docs;
  const octokit = await client(options);
  await octokit.rest.repos.get({ owner, repo });
}

describe('createGithubClient', () => {
  it("authenticates with the host's integration token", async () => {
    github.get(`${GITHUB_API}/repos/localplus/docs`, () => json({}));

    await readRepository();

    expect(github.calls).toEqual([
      expect.objectContaining({
        authorization: `token ${GITHUB_TOKEN}`,
        userAgent: expect.stringMatching(/^localplus-portal-test /),
      }),
    ]);
  });

  it("calls an Enterprise host's apiBaseUrl with that host's token", async () => {
    github.get(`${ENTERPRISE_API}/repos/localplus/handbook`, () => json({}));

    await readRepository({
      repository: {
        host: ENTERPRISE_HOST,
        owner: 'localplus',
        repo: 'handbook',
      },
    });

    expect(github.calls).toEqual([
      expect.objectContaining({
        url: `${ENTERPRISE_API}/repos/localplus/handbook`,
        authorization: `token ${ENTERPRISE_TOKEN}`,
      }),
    ]);
  });

  it('prefers the given token to the integration credentials, without asking for them', async () => {
    github.get(`${GITHUB_API}/repos/localplus/docs`, () => json({}));
    const credentialsProvider: GithubCredentialsProvider = {
      getCredentials: jest.fn(),
    };

    await readRepository({ token: INPUT_TOKEN, credentialsProvider });

    expect(github.calls).toEqual([
      expect.objectContaining({ authorization: `token ${INPUT_TOKEN}` }),
    ]);
    expect(credentialsProvider.getCredentials).not.toHaveBeenCalled();
  });

  it('asks the credentials provider for the repository', async () => {
    github.get(`${GITHUB_API}/repos/localplus/docs`, () => json({}));
    const credentialsProvider: GithubCredentialsProvider = {
      getCredentials: jest.fn(async () => ({
        type: 'app' as const,
        token: 'ghs_installationToken0123456789abcdef',
        headers: {},
      })),
    };

    await readRepository({ credentialsProvider });

    expect(credentialsProvider.getCredentials).toHaveBeenCalledWith({
      url: 'https://github.com/localplus/docs',
    });
    expect(github.calls).toEqual([
      expect.objectContaining({
        authorization: 'token ghs_installationToken0123456789abcdef',
      }),
    ]);
  });

  it('refuses a host without an API base URL, naming it', async () => {
    const error = await failureOf(
      client({
        repository: { host: NO_API_HOST, owner: 'localplus', repo: 'docs' },
        token: INPUT_TOKEN,
      }),
    );

    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      'GitHub host git.localplus.example has no apiBaseUrl under integrations.github',
    );
  });

  it('refuses a host not configured at all the same way', async () => {
    const error = await failureOf(
      client({
        repository: { host: 'elsewhere.example', owner: 'o', repo: 'r' },
      }),
    );

    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      'GitHub host elsewhere.example has no apiBaseUrl under integrations.github',
    );
  });

  it('reports a failing credentials provider as GitHub being unavailable', async () => {
    const credentialsProvider: GithubCredentialsProvider = {
      getCredentials: async () => {
        throw new Error('No app installation found for localplus');
      },
    };

    const error = await failureOf(client({ credentialsProvider }));

    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error.message).toBe(
      'Could not get GitHub credentials for localplus/docs on github.com: No app installation found for localplus',
    );
  });

  it('refuses to go on without a token when one is required', async () => {
    const error = await failureOf(
      client({ integrations: integrations([{ host: 'github.com' }]) }),
    );

    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      'No GitHub credentials for github.com: configure a token or a GitHub App for it under integrations.github',
    );
    expect(github.calls).toEqual([]);
  });

  it('ends the no-token message with the hint when given', async () => {
    const error = await failureOf(
      client({
        integrations: integrations([{ host: 'github.com' }]),
        missingTokenHint: 'pass the token input',
      }),
    );

    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      'No GitHub credentials for github.com: configure a token or a GitHub App for it under integrations.github, or pass the token input',
    );
  });

  it('reads without credentials when no token is required', async () => {
    github.get(`${GITHUB_API}/repos/localplus/docs`, () => json({}));

    await readRepository({
      integrations: integrations([{ host: 'github.com' }]),
      requireToken: false,
    });

    expect(github.calls).toEqual([
      expect.objectContaining({ authorization: null }),
    ]);
  });

  it('gives every call the deadline', async () => {
    github.get(`${GITHUB_API}/repos/localplus/docs`, async () => {
      await delay(500);
      return json({});
    });

    await expect(readRepository({ timeoutMs: 50 })).rejects.toThrow(
      'GitHub did not answer within 50 ms',
    );
  });

  it('ends its calls when the signal aborts', async () => {
    const controller = new AbortController();
    github.get(`${GITHUB_API}/repos/localplus/docs`, async () => {
      controller.abort();
      await delay(500);
      return json({});
    });

    await expect(
      readRepository({ signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
