import type {
  AuthService,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import type { z } from 'zod';
import {
  AccessAuditPageAnswer,
  AccessMatrixAnswer,
  AccessRoles,
  auditPageSchema,
  matrixSchema,
  rolesSchema,
} from './accessSchemas';

/** One request, the answer read included. */
export const ACCESS_REQUEST_TIMEOUT_MS = 20_000;

/** Why the Access backend gave no usable answer, in words for an observation. */
export class AccessApiError extends Error {
  name = 'AccessApiError';
  constructor(message: string, readonly status?: number) {
    super(message);
  }
}

/**
 * Reads the Access backend (`/api/access`) as the compliance plugin, with a
 * service token: its routes accept service callers.
 */
export class AccessApiClient {
  constructor(
    private readonly deps: {
      discovery: DiscoveryService;
      auth: AuthService;
      timeoutMs?: number;
    },
  ) {}

  roles(signal: AbortSignal): Promise<AccessRoles> {
    return this.get('/roles', rolesSchema, signal);
  }

  matrix(signal: AbortSignal): Promise<AccessMatrixAnswer> {
    return this.get('/matrix', matrixSchema, signal);
  }

  /** A page of the audit trail, newest first, older than `before`. */
  auditPage(
    query: { before: string; limit: number },
    signal: AbortSignal,
  ): Promise<AccessAuditPageAnswer> {
    const search = new URLSearchParams({
      before: query.before,
      limit: String(query.limit),
    });
    return this.get(`/audit?${search}`, auditPageSchema, signal);
  }

  private async get<T>(
    path: string,
    schema: z.ZodType<T>,
    signal: AbortSignal,
  ): Promise<T> {
    const route = `GET /api/access${path.split('?')[0]}`;
    const { auth, discovery } = this.deps;
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: 'access',
    });
    let response: Response;
    try {
      response = await fetch(`${await discovery.getBaseUrl('access')}${path}`, {
        headers: { Authorization: `Bearer ${token}` },
        signal: AbortSignal.any([
          signal,
          AbortSignal.timeout(this.deps.timeoutMs ?? ACCESS_REQUEST_TIMEOUT_MS),
        ]),
      });
    } catch (error) {
      const name = (error as Error)?.name;
      throw new AccessApiError(
        name === 'TimeoutError'
          ? `${route} did not answer in time`
          : `${route} failed: the Access backend could not be reached (${name})`,
      );
    }
    if (!response.ok) {
      throw new AccessApiError(
        `${route} answered HTTP ${response.status}`,
        response.status,
      );
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new AccessApiError(`${route} answered something that is not JSON`);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AccessApiError(
        `${route} answered an unexpected body (${
          issue.path.join('.') || 'the whole body'
        }: ${issue.message})`,
      );
    }
    return parsed.data;
  }
}
