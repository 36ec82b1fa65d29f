import type {
  AuditorService,
  HttpAuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import type express from 'express';
import Router from 'express-promise-router';
import type { Knex } from 'knex';
import type { RotationService } from '../services/RotationService/RotationService';
import { CalendarFeeds } from './calendar/CalendarFeeds';
import { DatabaseCalendarLinkStore } from './calendar/DatabaseCalendarLinkStore';
import type { PagingConfig } from './config';
import { PageEscalator } from './escalation/PageEscalator';
import { DatabasePageStore } from './pages/DatabasePageStore';
import { PageRecorder } from './pages/PageRecorder';
import type { PageStore } from './pages/PageStore';
import { addCalendarRoutes } from './routes/calendarRoutes';
import { addPageRoutes } from './routes/pageRoutes';
import { addWebhookRoute } from './routes/webhookRoute';

export interface PagingPartsOptions {
  knex: Knex;
  rotations: RotationService;
  settings: PagingConfig;
  logger: LoggerService;
  auditor: AuditorService;
  permissions: PermissionsService;
  httpAuth: HttpAuthService;
  externalBaseUrl: string;
  /** Tests move time; production reads the system clock. */
  clock?: () => Date;
}

export interface PagingParts {
  pageStore: PageStore;
  escalator: PageEscalator;
  feeds: CalendarFeeds;
  router: express.Router;
}

/** Builds the stores, services and routes of paging, without scheduling anything. */
export function createPagingParts(options: PagingPartsOptions): PagingParts {
  const { knex, rotations, settings, logger, clock } = options;
  const { auditor, permissions, httpAuth } = options;
  const pageStore = new DatabasePageStore(knex, clock);
  const escalator = new PageEscalator({ store: pageStore, rotations, logger });
  const recorder = new PageRecorder({
    store: pageStore,
    rotations,
    escalator,
    auditor,
    severityFromLabels: settings.severityFromLabels,
    clock,
  });
  const feeds = new CalendarFeeds({
    links: new DatabaseCalendarLinkStore(knex, clock),
    rotations,
    signingSecret: settings.calendarSigningSecret,
    externalBaseUrl: options.externalBaseUrl,
    clock,
  });

  const router = Router();
  addWebhookRoute(router, { webhookSecret: settings.webhookSecret, recorder });
  addPageRoutes(router, {
    store: pageStore,
    httpAuth,
    permissions,
    auditor,
    clock,
  });
  addCalendarRoutes(router, { feeds, httpAuth, permissions, auditor });
  return { pageStore, escalator, feeds, router };
}
