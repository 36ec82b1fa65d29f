import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { DecisionSummary } from '@localplus/plugin-adr-common';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

/** Where mockServices.discovery places the ADR backend. */
export const ADR_BASE_URL = 'http://localhost:0/api/adr';

export interface RecordedRequest {
  query: URLSearchParams;
  authorization: string | null;
}

/** The body Backstage's error handler sends. */
export const backstageError = (status: number, name: string, message: string) =>
  HttpResponse.json(
    { error: { name, message }, response: { statusCode: status } },
    { status },
  );

/**
 * A fake `GET /api/adr/decisions` for one test file, paging over the given
 * decisions with the contract's limit and offset. Unanswered requests fail
 * the test.
 */
export function setupAdrApiMock() {
  const server = setupServer();
  registerMswTestHooks(server);
  const requests: RecordedRequest[] = [];
  afterEach(() => {
    requests.length = 0;
  });

  const record = (request: Request) => {
    const query = new URL(request.url).searchParams;
    requests.push({
      query,
      authorization: request.headers.get('authorization'),
    });
    return query;
  };

  return {
    requests,
    serve(decisions: DecisionSummary[]) {
      server.use(
        http.get(`${ADR_BASE_URL}/decisions`, ({ request }) => {
          const query = record(request);
          const limit = Number(query.get('limit'));
          const offset = Number(query.get('offset'));
          return HttpResponse.json({
            decisions: decisions.slice(offset, offset + limit),
            total: decisions.length,
            facets: {},
          });
        }),
      );
    },
    /** Answers every request with `respond`, after recording it. */
    answer(respond: () => Response) {
      server.use(
        http.get(`${ADR_BASE_URL}/decisions`, ({ request }) => {
          record(request);
          return respond();
        }),
      );
    },
  };
}
