import {
  AuthenticationError,
  ServiceUnavailableError,
} from '@backstage/errors';
import express from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { alertmanagerPayloadSchema } from '../pages/alertmanagerPayload';
import type { PageRecorder } from '../pages/PageRecorder';
import { jsonBody, parseRequest } from '@localplus/portal-node';

export const WEBHOOK_PATH = '/webhook/alertmanager';
/** Alertmanager's default `max_alerts` (0, no cap) stays far below this. */
export const WEBHOOK_BODY_LIMIT = '1mb';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Whether the Authorization header is `Bearer <secret>`. Both sides are
 * hashed first so that they compare in constant time at equal length,
 * whatever length the caller sent.
 */
export function bearerMatches(
  header: string | undefined,
  secret: string,
): boolean {
  const match = /^Bearer +(.+)$/i.exec(header ?? '');
  const given = digest(match?.[1] ?? '');
  return timingSafeEqual(given, digest(secret)) && match !== null;
}

/**
 * POST /webhook/alertmanager: Alertmanager's webhook receiver. Outside
 * Backstage auth (an auth policy opens it); the bearer secret is checked
 * before the body is read, then the body is parsed (1 MB at most) and
 * validated whole before anything is written.
 */
export function addWebhookRoute(
  router: express.Router,
  options: { webhookSecret?: string; recorder: PageRecorder },
): void {
  const { webhookSecret, recorder } = options;
  const authenticate: express.RequestHandler = (req, _res, next) => {
    if (!webhookSecret) {
      next(
        new ServiceUnavailableError(
          'The Alertmanager webhook is disabled: oncall.pages.webhookSecret is not configured',
        ),
      );
    } else if (!bearerMatches(req.header('authorization'), webhookSecret)) {
      next(new AuthenticationError('Missing or wrong webhook bearer secret'));
    } else {
      next();
    }
  };

  router.post(
    WEBHOOK_PATH,
    authenticate,
    jsonBody(WEBHOOK_BODY_LIMIT),
    async (req, res) => {
      const payload = parseRequest(
        alertmanagerPayloadSchema,
        req.body,
        'Alertmanager notification',
      );
      res.json(await recorder.record(payload));
    },
  );
}
