import {
  resolvePackagePath,
  type PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import express from 'express';
import type { Knex } from 'knex';
import type { RotationService } from '../../services/RotationService/RotationService';
import { DEFAULT_SEVERITY_FROM_LABELS, type PagingConfig } from '../config';
import { createPagingParts } from '../createPagingParts';
import { createFakeRotationService } from './fakeRotationService';
import { recordingAuditor } from './recordingAuditor';
import { Duration } from 'luxon';

export const WEBHOOK_SECRET = 'webhook-secret-for-tests-0123';
export const SIGNING_SECRET = 'signing-secret-for-tests-0123456789abcdef';
export const BASE_URL = 'http://localhost:7007/api/oncall';

export const ALICE = 'user:default/alice';
export const BOB = 'user:default/bob';

/** The plugin's migrations, as the plugin runs them at startup. */
export async function migrate(knex: Knex): Promise<Knex> {
  await knex.migrate.latest({
    directory: resolvePackagePath(
      '@localplus/plugin-oncall-backend',
      'migrations',
    ),
  });
  return knex;
}

/** A clock the test moves. */
export function testClock(start: string) {
  let now = new Date(start);
  return {
    now: () => now,
    set: (iso: string) => {
      now = new Date(iso);
    },
  };
}

export const DEFAULT_TEST_SETTINGS: PagingConfig = {
  webhookSecret: WEBHOOK_SECRET,
  severityFromLabels: DEFAULT_SEVERITY_FROM_LABELS,
  escalationCheckInterval: Duration.fromObject({ minutes: 1 }),
  calendarSigningSecret: SIGNING_SECRET,
};

/**
 * The paging router behind express and the test error handler, on a
 * migrated database, with the seeds' rotation and permissive defaults;
 * requests without a token are unauthenticated.
 */
export function createPagingHarness(options: {
  knex: Knex;
  clock?: () => Date;
  rotations?: RotationService;
  permissions?: PermissionsService;
  settings?: Partial<PagingConfig>;
}) {
  const auditor = recordingAuditor();
  const rotations = options.rotations ?? createFakeRotationService();
  const parts = createPagingParts({
    knex: options.knex,
    rotations,
    settings: { ...DEFAULT_TEST_SETTINGS, ...options.settings },
    logger: mockServices.logger.mock(),
    auditor,
    permissions:
      options.permissions ??
      mockServices.permissions({ result: AuthorizeResult.ALLOW }),
    httpAuth: mockServices.httpAuth({
      defaultCredentials: mockCredentials.none(),
    }),
    externalBaseUrl: BASE_URL,
    clock: options.clock,
  });
  const app = express().use(parts.router).use(mockErrorHandler());
  return { app, parts, auditor, rotations };
}

/** A user's Authorization header for the mock httpAuth. */
export const asUser = (ref: string) => mockCredentials.user.header(ref);
