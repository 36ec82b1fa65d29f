import type {
  RotationDefinition,
  Severity,
} from '@localplus/plugin-oncall-common';
import { IANAZone } from 'luxon';
import type {
  PagerDutyEscalationPolicy,
  PagerDutySchedule,
} from '../client/schemas';
import type { MappedComponent } from '../catalog/readCatalog';
import { mapEscalation, roleSchedules } from './escalation';
import { describeHandoff } from './handoff';
import { mapScheduleLayers } from './scheduleLayers';
import type { MappingProblem, RotationUsers } from './users';

/** DNS-label style like the rotation files' names, unique across providers. */
export function rotationName(policyId: string): string {
  return `pagerduty-${policyId.toLowerCase()}`;
}

/**
 * The rotation's time zone: the primary schedule's, or the configured
 * fallback when it has none or one that is not an IANA name.
 */
export function rotationTimeZone(
  primary: PagerDutySchedule | undefined,
  fallback: string,
): { timeZone: string; problem?: MappingProblem } {
  const zone = primary?.time_zone;
  if (!primary || (zone && IANAZone.isValidZone(zone))) {
    return { timeZone: zone ?? fallback };
  }
  return {
    timeZone: fallback,
    problem: {
      field: `schedules/${primary.id}.time_zone`,
      message: `schedule ${primary.name} has ${
        zone
          ? `the time zone ${JSON.stringify(zone)}, which is not an IANA name`
          : 'no time zone'
      }; read in ${fallback} (oncall.pagerduty.timeZone)`,
    },
  };
}

export interface PolicyRotationInput {
  policy: PagerDutyEscalationPolicy;
  primary?: PagerDutySchedule;
  secondary?: PagerDutySchedule;
  /** The components mapped to the policy's services; the first one's owner owns the rotation. */
  components: MappedComponent[];
  timeZone: string;
  users: RotationUsers;
  acknowledgeTargets: Partial<Record<Severity, number>>;
}

/**
 * One escalation policy as the engine's rotation: the primary schedule's
 * layers as role primary, the secondary's as role secondary, each rule's
 * targets as escalation steps. The rotation covers no group as a whole
 * (`covers: []`): the provider lists the mapped components instead.
 */
export function policyRotation(input: PolicyRotationInput): {
  definition: RotationDefinition;
  problems: MappingProblem[];
} {
  const { policy, primary, secondary, timeZone, users } = input;
  const problems: MappingProblem[] = [];
  if (!primary) {
    problems.push({
      field: `escalation_policies/${policy.id}.escalation_rules[0]`,
      message: `the first rule of ${policy.name} calls no schedule, so nobody holds the primary role`,
    });
  }
  const layers = [
    ...(primary
      ? [mapScheduleLayers(primary, 'primary', timeZone, users)]
      : []),
    ...(secondary
      ? [mapScheduleLayers(secondary, 'secondary', timeZone, users)]
      : []),
  ].flatMap(result => {
    problems.push(...result.problems);
    return result.layers;
  });
  const escalation = mapEscalation(policy, roleSchedules(policy), users);
  problems.push(...escalation.problems);

  const own = policy.description?.trim();
  const description = [
    own && !/[.!?]$/.test(own) ? `${own}.` : own,
    `Read from the PagerDuty escalation policy ${policy.name} (${policy.id}); change it in PagerDuty.`,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    definition: {
      name: rotationName(policy.id),
      title: policy.name,
      description,
      owner: input.components[0].owner,
      covers: [],
      timeZone,
      handoff: describeHandoff(layers, timeZone),
      layers,
      escalation: escalation.steps,
      acknowledgeTargets: { ...input.acknowledgeTargets },
    },
    problems,
  };
}
