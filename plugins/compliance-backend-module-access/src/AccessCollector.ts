import type {
  CollectedObservation,
  EvidenceCollectionContext,
  EvidenceCollector,
} from '@localplus/plugin-compliance-node';
import {
  AccessCheckPlan,
  ADMINS_CHECK,
  AUDIT_TRAIL_CHECK,
  planAccessChecks,
  POLICY_CHECK,
} from './checks/accessCheckPlans';
import { adminsObservation, ADMINS_SUBJECT } from './checks/adminsCheck';
import {
  AUDIT_TRAIL_SUBJECT,
  auditTrailObservation,
} from './checks/auditTrailCheck';
import { policyObservation, POLICY_SUBJECT } from './checks/policyCheck';
import { Reading, settle } from './checks/reading';
import type { AccessApiClient } from './client/AccessApiClient';
import type { AccessMatrixAnswer, AccessRoles } from './client/accessSchemas';
import { AuditWindowSample, readAuditWindow } from './client/readAuditWindow';

const SUBJECTS = {
  [POLICY_CHECK]: POLICY_SUBJECT,
  [ADMINS_CHECK]: ADMINS_SUBJECT,
  [AUDIT_TRAIL_CHECK]: AUDIT_TRAIL_SUBJECT,
};

/** Only what the cited checks need is read, each route once per run. */
interface AccessReadings {
  roles?: Reading<AccessRoles>;
  matrix?: Reading<AccessMatrixAnswer>;
  audit?: Reading<AuditWindowSample>;
}

/**
 * Evidence from the Access backend: the permission policy in force, its
 * admins and the access audit trail.
 */
export class AccessCollector implements EvidenceCollector {
  readonly id = 'access';
  readonly title = 'Access';
  readonly description =
    'Reads the portal Access backend (/api/access): the roles-by-permissions matrix and rules of the policy in force, the members of each role, and the audit trail of access decisions and changes.';
  readonly checks = [
    {
      id: 'policy',
      title: 'No permission beyond reads granted to everyone',
      description:
        'The roles-by-permissions matrix of the policy in force (/matrix): no permission other than reads is granted outright to every role. Grants limited to owners do not count. Fails naming each such permission and its rule; an error when the permissions of a plugin could not be read.',
    },
    {
      id: 'admins',
      title: 'Few, named admins',
      description:
        'The members of the admin role (/roles) are catalog users with a name, at most params maxAdmins (default 5).',
    },
    {
      id: 'audit-trail',
      title: 'The access audit trail records',
      description:
        'The audit trail (/audit) recorded events in the look-back window, and its newest event is younger than params maxSilenceHours (default 24).',
    },
  ];

  constructor(private readonly client: AccessApiClient) {}

  async collect(
    context: EvidenceCollectionContext,
  ): Promise<CollectedObservation[]> {
    const plans = planAccessChecks(context.requested);
    const readings = await this.read(plans, context);
    return plans.map(plan => {
      if ('problem' in plan) {
        return {
          check: plan.check,
          subject: SUBJECTS[plan.check],
          result: 'error',
          summary: `Not checked: ${plan.problem}.`,
          method: 'examine',
          examined: [],
        };
      }
      switch (plan.check) {
        case POLICY_CHECK:
          return policyObservation(both(readings.roles!, readings.matrix!));
        case ADMINS_CHECK:
          return adminsObservation(readings.roles!, plan.params);
        default:
          return auditTrailObservation(readings.audit!, plan.params, context);
      }
    });
  }

  private async read(
    plans: AccessCheckPlan[],
    { signal, window }: EvidenceCollectionContext,
  ): Promise<AccessReadings> {
    const cited = new Set(
      plans.filter(plan => !('problem' in plan)).map(plan => plan.check),
    );
    const [roles, matrix, audit] = await Promise.all([
      cited.has(POLICY_CHECK) || cited.has(ADMINS_CHECK)
        ? settle(this.client.roles(signal))
        : undefined,
      cited.has(POLICY_CHECK) ? settle(this.client.matrix(signal)) : undefined,
      cited.has(AUDIT_TRAIL_CHECK)
        ? settle(readAuditWindow(this.client, window, signal))
        : undefined,
    ]);
    return { roles, matrix, audit };
  }
}

/** Both readings, or the first failure. */
function both<A, B>(
  a: Reading<A>,
  b: Reading<B>,
): Reading<{ roles: A; matrix: B }> {
  if (!a.ok) return a;
  if (!b.ok) return b;
  return { ok: true, value: { roles: a.value, matrix: b.value } };
}
