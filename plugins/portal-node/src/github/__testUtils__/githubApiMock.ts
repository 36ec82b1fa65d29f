import { http, HttpResponse, type JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';

export const GITHUB_API = 'https://api.github.com';
export const ENTERPRISE_HOST = 'ghe.localplus.example';
export const ENTERPRISE_API = `https://${ENTERPRISE_HOST}/api/v3`;

/** One request GitHub received: the headers the client is judged by. */
export interface RecordedCall {
  method: string;
  url: string;
  authorization: string | null;
  userAgent: string | null;
}

type Respond = () => Response | Promise<Response>;

/**
 * A fake GitHub API for one test file. Every request is recorded; a request
 * nobody answers fails the call (`onUnhandledRequest: 'error'`).
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
    /** Answers `GET <url>` (a full URL), recording each request. */
    get(url: string, respond: Respond) {
      server.use(
        http.get(url, ({ request }) => {
          calls.push({
            method: request.method,
            url: request.url,
            authorization: request.headers.get('authorization'),
            userAgent: request.headers.get('user-agent'),
          });
          return respond();
        }),
      );
    },
  };
}

export const json = (body: JsonBodyType, status = 200, headers = {}) =>
  HttpResponse.json(body, { status, headers });
