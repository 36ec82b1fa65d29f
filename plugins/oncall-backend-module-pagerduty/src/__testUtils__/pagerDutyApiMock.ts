import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  checkoutPolicy,
  primaryOverride,
  primarySchedule,
  secondarySchedule,
  services,
  unrelatedPolicy,
  users,
} from '../__fixtures__/pagerDutyAccount';

export const PAGERDUTY_URL = 'https://api.pagerduty.com';
/** Shaped like a PagerDuty REST API key. */
export const TOKEN = 'y_NbAkKc66ryYTWUXYEu';

type Json = Record<string, unknown>;

/** What a fake account serves: lists are paginated, schedules read by id. */
export interface FakeAccount {
  services: Json[];
  escalation_policies: Json[];
  users: Json[];
  schedules: Array<Json & { id: string }>;
  overrides: Record<string, Json[]>;
}

export function checkoutAccount(): FakeAccount {
  return {
    services: structuredClone(services),
    escalation_policies: structuredClone([checkoutPolicy, unrelatedPolicy]),
    users: structuredClone(users),
    schedules: structuredClone([primarySchedule, secondarySchedule]),
    overrides: { PPRIM01: [structuredClone(primaryOverride)] },
  };
}

export interface RecordedRequest {
  path: string;
  query: URLSearchParams;
  headers: Headers;
}

/** PagerDuty's error body. */
export const pagerDutyError = (status: number, message: string, code: number) =>
  HttpResponse.json({ error: { message, code } }, { status });

/**
 * A fake PagerDuty REST API for one test file, checking the token the way
 * PagerDuty does. Unanswered requests fail the test.
 */
export function setupPagerDutyMock() {
  const server = setupServer();
  registerMswTestHooks(server);
  const requests: RecordedRequest[] = [];
  afterEach(() => {
    requests.length = 0;
  });

  const record = (request: Request) => {
    const url = new URL(request.url);
    requests.push({
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
    });
    return request.headers.get('authorization') === `Token token=${TOKEN}`;
  };
  const unauthorized = () => pagerDutyError(401, 'Unauthorized', 2006);

  const list = (
    key: keyof FakeAccount,
    items: () => Json[],
    pageSize: number,
  ) =>
    http.get(`${PAGERDUTY_URL}/${key}`, ({ request }) => {
      if (!record(request)) return unauthorized();
      const query = new URL(request.url).searchParams;
      const limit = Math.min(Number(query.get('limit') ?? 25), pageSize);
      const offset = Number(query.get('offset') ?? 0);
      const all = items();
      return HttpResponse.json({
        [key]: all.slice(offset, offset + limit),
        limit,
        offset,
        more: offset + limit < all.length,
        total: null,
      });
    });

  return {
    requests,
    /** The paths asked for, in order, for assertions on what was read. */
    paths: () => requests.map(r => r.path),
    /** Serves `account`, lists in pages of at most `pageSize`. */
    serve(account: FakeAccount, pageSize = 100) {
      server.use(
        list('services', () => account.services, pageSize),
        list(
          'escalation_policies',
          () => account.escalation_policies,
          pageSize,
        ),
        list('users', () => account.users, pageSize),
        http.get(`${PAGERDUTY_URL}/schedules/:id`, ({ request, params }) => {
          if (!record(request)) return unauthorized();
          const schedule = account.schedules.find(s => s.id === params.id);
          return schedule
            ? HttpResponse.json({ schedule })
            : pagerDutyError(404, 'Not Found', 2100);
        }),
        http.get(
          `${PAGERDUTY_URL}/schedules/:id/overrides`,
          ({ request, params }) => {
            if (!record(request)) return unauthorized();
            return HttpResponse.json({
              overrides: account.overrides[String(params.id)] ?? [],
            });
          },
        ),
      );
    },
    /** Answers GET `path` with `respond` instead, recording each request. */
    answer(
      path: string,
      respond: (request: Request) => Response | Promise<Response>,
    ) {
      server.use(
        http.get(`${PAGERDUTY_URL}${path}`, ({ request }) => {
          record(request);
          return respond(request);
        }),
      );
    },
  };
}
