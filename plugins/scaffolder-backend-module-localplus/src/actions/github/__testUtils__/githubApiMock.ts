import { http, HttpResponse, JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';

export const GITHUB_API = 'https://api.github.com';

/** One request GitHub received, as the assertions compare it. */
export interface RecordedCall {
  method: string;
  path: string;
  body?: unknown;
  authorization?: string | null;
}

type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';
type Respond = (call: RecordedCall) => Response | Promise<Response>;

/**
 * A fake api.github.com for one test file. Requests nobody answers fail the
 * call (`onUnhandledRequest: 'error'`) and still count, so a test can prove
 * that an action made no request at all.
 */
export function setupGithubApiMock() {
  const server = setupServer();
  const calls: RecordedCall[] = [];
  let requestCount = 0;
  server.events.on('request:start', () => {
    requestCount += 1;
  });

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    calls.length = 0;
    requestCount = 0;
  });
  afterAll(() => server.close());

  return {
    calls,
    requestCount: () => requestCount,
    /** Answers `method path` on api.github.com, recording each request. */
    handle(method: Method, path: string, respond: Respond) {
      server.use(
        http[method](`${GITHUB_API}${path}`, async ({ request }) => {
          const text = await request.text();
          const call: RecordedCall = {
            method: request.method,
            path: new URL(request.url).pathname,
            ...(text ? { body: JSON.parse(text) } : {}),
            authorization: request.headers.get('authorization'),
          };
          calls.push(call);
          return respond(call);
        }),
      );
    },
    /** Method, path and body of each call, in order, without headers. */
    requests() {
      return calls.map(({ method, path, body }) => ({ method, path, body }));
    },
  };
}

export const json = (body: JsonBodyType, status = 200, headers = {}) =>
  HttpResponse.json(body, { status, headers });

export const noContent = () => new HttpResponse(null, { status: 204 });

/** GitHub's answer to a token that lacks a permission. */
export const forbidden = () =>
  json(
    {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest',
    },
    403,
  );

/** 2023-11-14T22:13:20Z, as GitHub sends it: epoch seconds. */
export const RATE_LIMIT_RESET_EPOCH = 1700000000;
export const RATE_LIMIT_RESET_ISO = '2023-11-14T22:13:20.000Z';

export const rateLimited = (status: 403 | 429 = 403) =>
  json({ message: 'API rate limit exceeded for installation ID 1.' }, status, {
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String(RATE_LIMIT_RESET_EPOCH),
  });
