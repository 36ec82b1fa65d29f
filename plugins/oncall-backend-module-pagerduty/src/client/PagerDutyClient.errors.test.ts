import { delay, HttpResponse } from 'msw';
import {
  checkoutAccount,
  pagerDutyError,
  setupPagerDutyMock,
  TOKEN,
} from '../__testUtils__/pagerDutyApiMock';
import {
  clientWith,
  failure,
  sequence,
  servicesPage,
} from '../__testUtils__/clientFixture';

const pagerDuty = setupPagerDutyMock();

describe('PagerDutyClient failures', () => {
  it.each([401, 403])(
    'reports HTTP %i as the token refused, without the token even when echoed',
    async status => {
      pagerDuty.answer('/users', () =>
        pagerDutyError(status, `token ${TOKEN} is not valid`, 2006),
      );
      const { client } = clientWith();

      const error = await failure(client.listUsers());

      expect(error.kind).toBe('auth');
      expect(error.message).toBe(
        `PagerDuty token refused (HTTP ${status} on GET /users): oncall.pagerduty.token is missing, wrong or lacks read access`,
      );
      expect(pagerDuty.requests).toHaveLength(1);
    },
  );

  it('hides the token when an error message echoes it', async () => {
    pagerDuty.answer('/users', () =>
      pagerDutyError(400, `Invalid header Token token=${TOKEN}`, 2001),
    );
    const { client } = clientWith();

    const error = await failure(client.listUsers());

    expect(error.message).toBe(
      'PagerDuty answered GET /users with HTTP 400: Invalid header Token token=[redacted]',
    );
  });

  it('retries a 500 once and reads the second answer', async () => {
    pagerDuty.answer(
      '/services',
      sequence(
        () => pagerDutyError(500, 'Internal Server Error', 2000),
        servicesPage,
      ),
    );
    const { client, waits } = clientWith();

    await expect(client.listServices()).resolves.toHaveLength(4);
    expect(waits).toEqual([1000]);
  });

  it('reports a 5xx that repeats as a server error', async () => {
    pagerDuty.answer('/services', () =>
      pagerDutyError(503, 'Service Unavailable', 2000),
    );
    const { client } = clientWith();

    const error = await failure(client.listServices());

    expect(error.kind).toBe('server');
    expect(error.message).toBe(
      'PagerDuty answered GET /services with HTTP 503: Service Unavailable',
    );
    expect(pagerDuty.requests).toHaveLength(2);
  });

  it('reports a body that is not JSON', async () => {
    pagerDuty.answer(
      '/services',
      () =>
        new HttpResponse('{"services": [', {
          headers: { 'content-type': 'application/json' },
        }),
    );
    const { client } = clientWith();

    const error = await failure(client.listServices());

    expect(error.kind).toBe('response');
    expect(error.message).toBe(
      'PagerDuty answered GET /services with a body that is not JSON (application/json); a proxy or login page may be in the way',
    );
  });

  it('names the field when JSON is not what PagerDuty documents', async () => {
    const [first] = checkoutAccount().services as Array<
      Record<string, unknown>
    >;
    delete first.escalation_policy;
    pagerDuty.answer('/services', () =>
      HttpResponse.json({ services: [first], more: false }),
    );
    const { client } = clientWith();

    const error = await failure(client.listServices());

    expect(error.kind).toBe('response');
    expect(error.message).toMatch(
      /^PagerDuty answered GET \/services with JSON that is not a list of services \(services\.0\.escalation_policy: /,
    );
  });

  it.each([
    [
      'declared in content-length',
      (body: string) =>
        new HttpResponse(body, {
          headers: { 'content-length': String(Buffer.byteLength(body)) },
        }),
    ],
    [
      'streamed without a length',
      (body: string) =>
        new HttpResponse(
          new ReadableStream({
            start(controller) {
              const bytes = new TextEncoder().encode(body);
              for (let i = 0; i < bytes.length; i += 512) {
                controller.enqueue(bytes.slice(i, i + 512));
              }
              controller.close();
            },
          }),
        ),
    ],
  ])('refuses an answer larger than the limit, %s', async (_, respond) => {
    const body = JSON.stringify({ services: [], padding: 'x'.repeat(4096) });
    pagerDuty.answer('/services', () => respond(body));
    const { client } = clientWith({ maxResponseBytes: 1024 });

    const error = await failure(client.listServices());

    expect(error.kind).toBe('response');
    expect(error.message).toBe(
      'PagerDuty answered GET /services with more than 1 KiB; the provider reads no more than that',
    );
  });

  it('stops on a page that says more but holds nothing', async () => {
    pagerDuty.answer('/users', () =>
      HttpResponse.json({ users: [], limit: 100, offset: 0, more: true }),
    );
    const { client } = clientWith();

    const error = await failure(client.listUsers());

    expect(error.message).toBe(
      'PagerDuty answered GET /users with more: true but no users',
    );
  });

  it('stops after the most pages allowed', async () => {
    pagerDuty.serve(checkoutAccount(), 1);
    const { client } = clientWith({ maxPages: 2 });

    const error = await failure(client.listUsers());

    expect(error.message).toBe(
      'PagerDuty has more than 2 pages of users; the provider stops there',
    );
    expect(pagerDuty.requests).toHaveLength(2);
  });

  it('does not follow a redirect, which would carry the token elsewhere', async () => {
    pagerDuty.answer(
      '/services',
      () =>
        new HttpResponse(null, {
          status: 302,
          headers: { location: 'https://login.example/sso' },
        }),
    );
    const { client } = clientWith();

    const error = await failure(client.listServices());

    expect(error.kind).toBe('response');
    expect(error.message).toMatch(/with a redirect \(HTTP 302\)/);
    expect(pagerDuty.requests).toHaveLength(1);
  });

  it('reports an unknown schedule as not found', async () => {
    pagerDuty.serve(checkoutAccount());
    const { client } = clientWith();

    const error = await failure(
      client.getSchedule('PNOPE00', {
        since: '2026-01-01T00:00:00Z',
        until: '2026-01-01T01:00:00Z',
      }),
    );

    expect(error.kind).toBe('not-found');
    expect(error.message).toBe(
      'PagerDuty has no /schedules/PNOPE00 (HTTP 404: Not Found), or the token cannot see it',
    );
  });

  it('reports a server that does not answer in time', async () => {
    pagerDuty.answer('/services', async () => {
      await delay(2000);
      return servicesPage();
    });
    const { client } = clientWith({ requestTimeoutMs: 50 });

    const error = await failure(client.listServices());

    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(
      'PagerDuty did not answer GET /services within 50 ms',
    );
  });

  it('reports a network failure as unreachable', async () => {
    pagerDuty.answer('/services', () => HttpResponse.error());
    const { client } = clientWith();

    const error = await failure(client.listServices());

    expect(error.kind).toBe('unreachable');
    expect(error.message).toMatch(
      /^PagerDuty at https:\/\/api\.pagerduty\.com is unreachable \(.+\)$/,
    );
  });
});
