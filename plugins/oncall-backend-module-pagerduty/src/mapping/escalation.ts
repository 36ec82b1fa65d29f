import type {
  EscalationStep,
  OnCallRole,
} from '@localplus/plugin-oncall-common';
import type { PagerDutyEscalationPolicy } from '../client/schemas';
import type { MappingProblem, RotationUsers } from './users';

const ROLE_TITLES: Record<OnCallRole, string> = {
  primary: 'Primary on call',
  secondary: 'Secondary on call',
};

/** The schedules a policy's rotation reads: the first rule's first schedule, then the second rule's. */
export function roleSchedules(policy: PagerDutyEscalationPolicy): {
  primary?: string;
  secondary?: string;
} {
  const firstSchedule = (
    rule?: PagerDutyEscalationPolicy['escalation_rules'][number],
  ) => rule?.targets.find(target => isSchedule(target.type))?.id;
  const primary = firstSchedule(policy.escalation_rules[0]);
  const secondary = firstSchedule(policy.escalation_rules[1]);
  // The same schedule twice would make one person both roles.
  return { primary, secondary: secondary === primary ? undefined : secondary };
}

function isSchedule(type: string) {
  return type === 'schedule_reference' || type === 'schedule';
}

function isUser(type: string) {
  return type === 'user_reference' || type === 'user';
}

/**
 * One step per target of each escalation rule. PagerDuty's
 * `escalation_delay_in_minutes` is how long a rule waits before the next,
 * so a rule is reached after the sum of the delays before it. The primary
 * and secondary schedules become those roles; users become their catalog
 * refs; other schedules and targets cannot be expressed and are reported.
 */
export function mapEscalation(
  policy: PagerDutyEscalationPolicy,
  roles: { primary?: string; secondary?: string },
  users: RotationUsers,
): { steps: EscalationStep[]; problems: MappingProblem[] } {
  const steps: EscalationStep[] = [];
  const problems: MappingProblem[] = [];
  const roleOf = new Map<string, OnCallRole>();
  if (roles.secondary) roleOf.set(roles.secondary, 'secondary');
  if (roles.primary) roleOf.set(roles.primary, 'primary');

  let afterMinutes = 0;
  policy.escalation_rules.forEach((rule, ruleIndex) => {
    rule.targets.forEach((target, targetIndex) => {
      const field = `escalation_policies/${policy.id}.escalation_rules[${ruleIndex}].targets[${targetIndex}]`;
      const label = target.summary || target.id;
      if (isSchedule(target.type)) {
        const role = roleOf.get(target.id);
        if (!role) {
          problems.push({
            field,
            message: `rule ${
              ruleIndex + 1
            } calls schedule ${label}, which is neither the primary (first rule) nor the secondary (second rule) schedule; the portal leaves that step out`,
          });
          return;
        }
        steps.push({
          afterMinutes,
          title: `${ROLE_TITLES[role]} (${label})`,
          target: { type: 'role', role },
        });
        return;
      }
      if (isUser(target.type)) {
        steps.push({
          afterMinutes,
          title: label,
          target: { type: 'user', ref: users.ref(target.id, field) },
        });
        return;
      }
      problems.push({
        field,
        message: `rule ${ruleIndex + 1} calls a ${
          target.type
        } (${label}), which the portal cannot show; the step is left out`,
      });
    });
    afterMinutes += rule.escalation_delay_in_minutes;
  });
  return { steps, problems };
}
