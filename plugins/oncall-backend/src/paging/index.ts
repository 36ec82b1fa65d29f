import type {
  AuditorService,
  HttpAuthService,
  LoggerService,
  PermissionsService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import type express from 'express';
import type { Knex } from 'knex';
import type { RotationService } from '../services/RotationService/RotationService';
import { CALENDAR_FEED_PATH } from './routes/calendarRoutes';
import { WEBHOOK_PATH } from './routes/webhookRoute';
import { readPagingConfig } from './config';
import { createPagingParts } from './createPagingParts';
import type { PageStore } from './pages/PageStore';

export type { PageFilter, PageStore } from './pages/PageStore';

/** The escalation task's id; `scope: 'global'` runs it once across replicas. */
export const ESCALATION_TASK_ID = 'oncall-escalation';

/**
 * Paging: pages from Alertmanager's webhook, their acknowledgement and
 * escalation, and signed calendar feeds. The plugin mounts `router` at its
 * root before its JSON parser (each route parses its own body) and adds
 * `authPolicies`, which open only the webhook and the feeds.
 */
export async function createPaging(options: {
  knex: Knex;
  rotations: RotationService;
  config: Config;
  logger: LoggerService;
  scheduler: SchedulerService;
  auditor: AuditorService;
  permissions: PermissionsService;
  httpAuth: HttpAuthService;
  externalBaseUrl: string;
}): Promise<{
  pageStore: PageStore;
  router: express.Router;
  authPolicies: Array<{ path: string; allow: 'unauthenticated' }>;
}> {
  const { logger, scheduler } = options;
  const settings = readPagingConfig(options.config);
  if (!settings.webhookSecret) {
    logger.warn(
      'oncall.pages.webhookSecret is not configured: the Alertmanager webhook answers 503 to every call',
    );
  }
  if (!settings.calendarSigningSecret) {
    logger.warn(
      'oncall.calendar.signingSecret is not configured: calendar links cannot be created',
    );
  }
  const parts = createPagingParts({ ...options, settings });

  await scheduler.scheduleTask({
    id: ESCALATION_TASK_ID,
    frequency: settings.escalationCheckInterval,
    timeout: { minutes: 5 },
    scope: 'global',
    fn: async () => {
      const { escalated } = await parts.escalator.escalateAll(new Date());
      if (escalated > 0) {
        logger.info(`Escalation check: ${escalated} page(s) escalated`);
      }
    },
  });

  return {
    pageStore: parts.pageStore,
    router: parts.router,
    authPolicies: [
      { path: WEBHOOK_PATH, allow: 'unauthenticated' },
      { path: CALENDAR_FEED_PATH, allow: 'unauthenticated' },
    ],
  };
}
