import { ConfigReader } from '@backstage/config';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';

export const GITHUB_API = 'https://api.github.com';
export const ENTERPRISE_HOST = 'ghe.localplus.example';
export const ENTERPRISE_API = `https://${ENTERPRISE_HOST}/api/v3`;
export const GITHUB_TOKEN = 'ghp_adrTestToken0123456789abcdefABCDEF';
export const ENTERPRISE_TOKEN = 'ghp_adrEnterpriseToken0123456789abcdef';

/** Config with github.com and one GitHub Enterprise host, each with a token. */
export const githubConfig = (github?: object[]) =>
  new ConfigReader({
    integrations: {
      github: github ?? [
        { host: 'github.com', token: GITHUB_TOKEN },
        {
          host: ENTERPRISE_HOST,
          apiBaseUrl: ENTERPRISE_API,
          token: ENTERPRISE_TOKEN,
        },
      ],
    },
  });

/** One request GitHub received, as the assertions compare it. */
export interface RecordedCall {
  method: string;
  /** The URL without the API base, e.g. `/repos/localplus/docs/pulls?state=open&...`. */
  path: string;
  body?: unknown;
  authorization: string | null;
}

type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';
type Respond = (call: RecordedCall, url: URL) => Response | Promise<Response>;

/**
 * A fake GitHub API for one test file. Every request is recorded; requests
 * nobody answers fail the call (`onUnhandledRequest: 'error'`), so a test
 * can prove that nothing else was asked.
 */
export function setupGithubApiMock() {
  const server = setupServer();
  const calls: RecordedCall[] = [];

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    calls.length = 0;
  });
  afterAll(() => server.close());

  return {
    calls,
    /** Answers `method route` on api.github.com, or on `base` when given. */
    handle(method: Method, route: string, respond: Respond, base = GITHUB_API) {
      server.use(
        http[method](`${base}${route}`, async ({ request }) => {
          const basePath = new URL(base).pathname.replace(/\/$/, '');
          const url = new URL(request.url);
          const text = await request.text();
          const call: RecordedCall = {
            method: request.method,
            path: `${url.pathname.slice(basePath.length)}${url.search}`,
            ...(text ? { body: JSON.parse(text) } : {}),
            authorization: request.headers.get('authorization'),
          };
          calls.push(call);
          return respond(call, url);
        }),
      );
    },
    /** `METHOD path` of each call, in order. */
    requests: () => calls.map(call => `${call.method} ${call.path}`),
  };
}

export const json = (body: JsonBodyType, status = 200, headers = {}) =>
  HttpResponse.json(body, { status, headers });

export const githubError = (status: number, message: string, headers = {}) =>
  json(
    { message, documentation_url: 'https://docs.github.com/rest' },
    status,
    headers,
  );

/** 2023-11-14T22:13:20Z, as GitHub sends it: epoch seconds. */
export const RATE_LIMIT_RESET_EPOCH = 1700000000;

export const rateLimited = () =>
  githubError(403, 'API rate limit exceeded for installation ID 1.', {
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String(RATE_LIMIT_RESET_EPOCH),
  });
