import { HttpResponse } from 'msw';
import {
  checkoutAccount,
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

describe('PagerDutyClient', () => {
  it('sends the token and API version headers PagerDuty documents', async () => {
    pagerDuty.serve(checkoutAccount());
    const { client } = clientWith();

    await client.listServices();

    const [request] = pagerDuty.requests;
    expect(request.headers.get('authorization')).toBe(`Token token=${TOKEN}`);
    expect(request.headers.get('accept')).toBe(
      'application/vnd.pagerduty+json;version=2',
    );
  });

  it('reads a list over three pages with offset and limit', async () => {
    pagerDuty.serve(checkoutAccount(), 2);
    const { client } = clientWith();

    const users = await client.listUsers();

    expect(users.map(u => u.id)).toEqual([
      'PADA001',
      'PGRACE1',
      'PLINUS1',
      'PMARGT1',
      'PKEN001',
    ]);
    expect(pagerDuty.requests.map(r => r.query.get('offset'))).toEqual([
      '0',
      '2',
      '4',
    ]);
    expect(pagerDuty.requests.every(r => r.query.get('limit') === '100')).toBe(
      true,
    );
  });

  it('waits as long as Retry-After says after a 429, then reads on', async () => {
    pagerDuty.answer(
      '/services',
      sequence(
        () =>
          HttpResponse.json(
            { error: { message: 'Rate Limit Exceeded', code: 2020 } },
            { status: 429, headers: { 'retry-after': '2' } },
          ),
        servicesPage,
      ),
    );
    const { client, waits } = clientWith();

    const services = await client.listServices();

    expect(services).toHaveLength(4);
    expect(waits).toEqual([2000]);
    expect(pagerDuty.requests).toHaveLength(2);
  });

  it("falls back to PagerDuty's ratelimit-reset header", async () => {
    pagerDuty.answer(
      '/services',
      sequence(
        () =>
          new HttpResponse(null, {
            status: 429,
            headers: { 'ratelimit-reset': '7' },
          }),
        servicesPage,
      ),
    );
    const { client, waits } = clientWith();

    await client.listServices();

    expect(waits).toEqual([7000]);
  });

  it('really waits with the default sleep', async () => {
    pagerDuty.answer(
      '/services',
      sequence(
        () =>
          new HttpResponse(null, {
            status: 429,
            headers: { 'retry-after': '1' },
          }),
        servicesPage,
      ),
    );
    const { client } = clientWith({ sleep: undefined });
    const started = Date.now();

    await client.listServices();

    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('gives up on a 429 that does not end, after the retries allowed', async () => {
    pagerDuty.answer(
      '/services',
      () =>
        new HttpResponse(null, {
          status: 429,
          headers: { 'retry-after': '1' },
        }),
    );
    const { client, waits } = clientWith({ rateLimitRetries: 3 });

    const error = await failure(client.listServices());

    expect(error.kind).toBe('rate-limit');
    expect(error.message).toBe(
      'PagerDuty rate limit: GET /services was still refused with HTTP 429 after 3 retries and 3 s of waiting; try again later',
    );
    expect(waits).toEqual([1000, 1000, 1000]);
    expect(pagerDuty.requests).toHaveLength(4);
  });

  it('does not wait past the total budget, whatever Retry-After asks', async () => {
    pagerDuty.answer(
      '/services',
      () =>
        new HttpResponse(null, {
          status: 429,
          headers: { 'retry-after': '40' },
        }),
    );
    const { client, waits } = clientWith({ maxRateLimitWaitMs: 60_000 });

    const error = await failure(client.listServices());

    expect(error.kind).toBe('rate-limit');
    expect(waits).toEqual([40_000]);
  });

  it('backs off exponentially when a 429 gives no hint', async () => {
    pagerDuty.answer(
      '/services',
      () => new HttpResponse(null, { status: 429 }),
    );
    const { client, waits } = clientWith();

    await failure(client.listServices());

    expect(waits).toEqual([1000, 2000, 4000]);
  });

  it('asks for a schedule in the time zone given', async () => {
    pagerDuty.serve(checkoutAccount());
    const { client } = clientWith();

    const schedule = await client.getSchedule('PSECN01', {
      since: '2026-01-01T00:00:00Z',
      until: '2026-01-01T01:00:00Z',
      timeZone: 'America/New_York',
    });

    expect(schedule.schedule_layers).toHaveLength(1);
    expect(Object.fromEntries(pagerDuty.requests[0].query)).toEqual({
      since: '2026-01-01T00:00:00Z',
      until: '2026-01-01T01:00:00Z',
      time_zone: 'America/New_York',
    });
  });
});
