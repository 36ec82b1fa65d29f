import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { http, HttpResponse, JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';

/** A Prometheus behind a gateway, under a path prefix. */
export const PROMETHEUS_URL = 'https://gateway.example/prometheus';

/** One request the fake Prometheus received. */
export type RecordedRequest = {
  method: string;
  path: string;
  headers: Record<string, string>;
  form: Record<string, string>;
};

/**
 * A fake Prometheus HTTP API for one test file. Unanswered requests fail
 * the test (`onUnhandledRequest: 'error'`).
 */
export function setupPrometheusMock() {
  const server = setupServer();
  registerMswTestHooks(server);
  const requests: RecordedRequest[] = [];
  afterEach(() => {
    requests.length = 0;
  });

  return {
    requests,
    /** Answers `/api/v1/<endpoint>` under `baseUrl`, recording each request. */
    answer(
      endpoint: 'query' | 'query_range',
      respond: () => Response,
      baseUrl = PROMETHEUS_URL,
    ) {
      server.use(
        http.all(`${baseUrl}/api/v1/${endpoint}`, async ({ request }) => {
          requests.push({
            method: request.method,
            path: new URL(request.url).pathname,
            headers: Object.fromEntries(request.headers.entries()),
            form: Object.fromEntries(new URLSearchParams(await request.text())),
          });
          return respond();
        }),
      );
    },
  };
}

/** A successful query response. */
export const success = (resultType: string, result: JsonBodyType) =>
  HttpResponse.json({ status: 'success', data: { resultType, result } });

/** An error response, as Prometheus writes them. */
export const prometheusError = (
  status: number,
  errorType: string,
  error: string,
) => HttpResponse.json({ status: 'error', errorType, error }, { status });
