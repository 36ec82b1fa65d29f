import { HttpResponse } from 'msw';
import {
  PagerDutyClient,
  PagerDutyClientOptions,
} from '../client/PagerDutyClient';
import { PagerDutyRequestError } from '../client/PagerDutyRequestError';
import { checkoutAccount, PAGERDUTY_URL, TOKEN } from './pagerDutyApiMock';

/** A client of the fake API whose waits are recorded and return at once. */
export function clientWith(options: Partial<PagerDutyClientOptions> = {}) {
  const waits: number[] = [];
  const client = new PagerDutyClient({
    baseUrl: PAGERDUTY_URL,
    token: TOKEN,
    requestTimeoutMs: 2000,
    sleep: async ms => {
      waits.push(ms);
    },
    ...options,
  });
  return { client, waits };
}

/** The request error `promise` fails with, checked to carry no token. */
export async function failure(
  promise: Promise<unknown>,
): Promise<PagerDutyRequestError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    e => e,
  );
  expect(error).toBeInstanceOf(PagerDutyRequestError);
  expect(error.message).not.toContain(TOKEN);
  return error;
}

/** Answers each request with the next response, repeating the last one. */
export function sequence(...responses: Array<() => Response>) {
  let next = 0;
  return () => responses[Math.min(next++, responses.length - 1)]();
}

/** One page holding every service of the checkout account. */
export const servicesPage = () =>
  HttpResponse.json({
    services: checkoutAccount().services,
    limit: 100,
    offset: 0,
    more: false,
  });
