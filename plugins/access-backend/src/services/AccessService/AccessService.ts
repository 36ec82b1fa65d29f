import type {
  AccessAuditPage,
  AccessExplanation,
  AccessMatrix,
  AccessRole,
  AccessWhoCan,
} from '@localplus/plugin-access-common';
import type { AuditTrailQuery } from '../AuditTrailStore';

/** What the Access page asks: the access model, explained, and the audit trail. */
export interface AccessService {
  /** Each role, the groups mapped to it and its members. */
  roles(): Promise<AccessRole[]>;
  /** Every permission of the installed plugins against every role. */
  matrix(): Promise<AccessMatrix>;
  /** The people allowed this permission (on this entity, when given). */
  whoCan(permissionName: string, resourceRef?: string): Promise<AccessWhoCan>;
  /** Whether this person may, and the rule that decided. */
  explain(
    userRef: string,
    permissionName: string,
    resourceRef?: string,
  ): Promise<AccessExplanation>;
  /** A page of the audit trail, newest first. */
  auditTrail(query: AuditTrailQuery): Promise<AccessAuditPage>;
}
