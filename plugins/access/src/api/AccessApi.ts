import { createApiRef } from '@backstage/frontend-plugin-api';
import type {
  AccessAuditEvent,
  AccessAuditPage,
  AccessExplanation,
  AccessMatrix,
  AccessRole,
  AccessWhoCan,
} from '@localplus/plugin-access-common';

/** "Who can": a permission, and optionally the entity it would act on. */
export interface WhoCanQuery {
  permission: string;
  resourceRef?: string;
}

/** "Why denied": a person, a permission, and optionally an entity. */
export interface ExplainQuery extends WhoCanQuery {
  user: string;
}

/** A page of the audit trail, with its filters. */
export interface AuditTrailQuery {
  limit?: number;
  /** `nextBefore` of the previous page, or an ISO 8601 instant. */
  before?: string;
  actor?: string;
  outcome?: AccessAuditEvent['outcome'];
  action?: string;
}

/** The Access backend (`/api/access`), as the Access page reads it. */
export interface AccessApi {
  getRoles(): Promise<AccessRole[]>;
  getMatrix(): Promise<AccessMatrix>;
  whoCan(query: WhoCanQuery): Promise<AccessWhoCan>;
  explain(query: ExplainQuery): Promise<AccessExplanation>;
  getAuditTrail(query: AuditTrailQuery): Promise<AccessAuditPage>;
}

export const accessApiRef = createApiRef<AccessApi>().with({
  id: 'plugin.access.api',
  pluginId: 'access',
});
