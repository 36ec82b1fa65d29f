import { ResponseError } from '@backstage/errors';
import type { AccessApi } from '../api/AccessApi';
import {
  auditorMayNotDelete,
  auditPage,
  matrix,
  roles,
  whoCanDelete,
} from './accessAnswers';

/** A fake Access backend answering with the fixtures; every method is a jest mock. */
export function fakeAccessApi(
  overrides: Partial<AccessApi> = {},
): jest.Mocked<AccessApi> {
  return {
    getRoles: jest.fn(overrides.getRoles ?? (async () => roles)),
    getMatrix: jest.fn(overrides.getMatrix ?? (async () => matrix)),
    whoCan: jest.fn(overrides.whoCan ?? (async () => whoCanDelete)),
    explain: jest.fn(overrides.explain ?? (async () => auditorMayNotDelete)),
    getAuditTrail: jest.fn(overrides.getAuditTrail ?? (async () => auditPage)),
  };
}

/** A call that never answers: the component stays in its loading state. */
export const never = () => new Promise<never>(() => {});

/** A refusal of the Access backend, as the client throws it. */
export async function forbidden(): Promise<never> {
  throw await ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: {
          name: 'NotAllowedError',
          message: 'Requires the access.policy.read permission',
        },
        request: { method: 'GET', url: '/api/access/roles' },
        response: { statusCode: 403 },
      }),
      {
        status: 403,
        statusText: 'Forbidden',
        headers: { 'Content-Type': 'application/json' },
      },
    ),
  );
}
