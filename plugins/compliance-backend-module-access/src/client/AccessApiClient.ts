import type {
  AuthService,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { PluginApiClient } from '@localplus/plugin-compliance-node';
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
/** The largest answer read; an audit page of 500 events is far below. */
export const ACCESS_ANSWER_MAX_BYTES = 8 * 1024 * 1024;

/**
 * Reads the Access backend (`/api/access`) as the compliance plugin, with a
 * service token: its routes accept service callers. Failures are the
 * `SourceError`s of compliance-node's `PluginApiClient`, naming the request.
 */
export class AccessApiClient {
  readonly #api: PluginApiClient;

  constructor(deps: {
    discovery: DiscoveryService;
    auth: AuthService;
    timeoutMs?: number;
    maxBytes?: number;
  }) {
    this.#api = new PluginApiClient({
      pluginId: 'access',
      discovery: deps.discovery,
      auth: deps.auth,
      timeoutMs: deps.timeoutMs ?? ACCESS_REQUEST_TIMEOUT_MS,
      maxBytes: deps.maxBytes ?? ACCESS_ANSWER_MAX_BYTES,
    });
  }

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
    return (await this.#api.getJson(path, schema, signal)).body;
  }
}
