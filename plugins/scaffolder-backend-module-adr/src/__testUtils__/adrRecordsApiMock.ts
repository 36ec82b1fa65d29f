import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

/** Where mockServices.discovery places the ADR backend. */
export const ADR_BASE_URL = 'http://localhost:0/api/adr';

export interface RecordedPost {
  body: unknown;
  authorization: string | null;
}

/** The body Backstage's error handler sends. */
export const backstageError = (status: number, name: string, message: string) =>
  HttpResponse.json(
    { error: { name, message }, response: { statusCode: status } },
    { status },
  );

/**
 * A fake `POST /api/adr/records` for one test file; each test says what it
 * answers. Unanswered requests fail the test.
 */
export function setupAdrRecordsMock() {
  const server = setupServer();
  registerMswTestHooks(server);
  const posts: RecordedPost[] = [];
  afterEach(() => {
    posts.length = 0;
  });

  return {
    posts,
    /** Answers the n-th POST (from 0) with `respond(n)`. */
    answer(respond: (call: number) => Response) {
      server.use(
        http.post(`${ADR_BASE_URL}/records`, async ({ request }) => {
          posts.push({
            body: await request.json(),
            authorization: request.headers.get('authorization'),
          });
          return respond(posts.length - 1);
        }),
      );
    },
  };
}
