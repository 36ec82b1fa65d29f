import type { Entity } from '@backstage/catalog-model';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { PagerDutyClient } from '../client/PagerDutyClient';
import { DEFAULT_ACKNOWLEDGE_TARGETS } from '../config';
import { PagerDutyProvider } from '../PagerDutyProvider';
import { PAGERDUTY_URL, TOKEN } from './pagerDutyApiMock';

/** The moment the tests read PagerDuty at: Monday 2026-01-12, 07:00 in New York. */
export const NOW = new Date('2026-01-12T12:00:00Z');

/** A provider over an in-memory catalog, with waits that return at once. */
export function providerFor(entities: Entity[]) {
  const logger = mockServices.logger.mock();
  const catalog = catalogServiceMock({ entities });
  const provider = new PagerDutyProvider({
    client: new PagerDutyClient({
      baseUrl: PAGERDUTY_URL,
      token: TOKEN,
      requestTimeoutMs: 2000,
      sleep: async () => undefined,
    }),
    catalog,
    auth: mockServices.auth(),
    logger,
    options: {
      baseUrl: PAGERDUTY_URL,
      timeZone: 'UTC',
      acknowledgeTargets: DEFAULT_ACKNOWLEDGE_TARGETS,
    },
    now: () => NOW,
  });
  /** Everything the provider logged, as one string per call. */
  const logged = () =>
    [logger.debug, logger.info, logger.warn, logger.error]
      .flatMap(fn => fn.mock.calls)
      .map(args => JSON.stringify(args));
  return { provider, catalog, logged };
}
