import type {
  OpenSloBurnRateCondition,
  OpenSloInlineAlertCondition,
} from './alertSchema';
import type { OpenSloSlo } from './schema';

/** One burn-rate condition of an SLO's alert policies, with where it comes from. */
export type SloAlertCondition = {
  policy: string;
  condition: string;
  spec: OpenSloBurnRateCondition;
  /** The policy's `targetRef` names, for Alertmanager to route on. */
  notificationTargets: string[];
};

/**
 * The burn-rate conditions of an SLO's `alertPolicies`, in document order.
 * The parser has inlined every reference by then; an SLO built by hand with
 * a reference left in it is a programming error.
 */
export function sloAlertConditions(slo: OpenSloSlo): SloAlertCondition[] {
  return (slo.spec.alertPolicies ?? []).map(entry => {
    if (
      'alertPolicyRef' in entry ||
      'conditionRef' in entry.spec.conditions[0]
    ) {
      throw new Error(
        `SLO ${slo.metadata.name} holds an unresolved alert policy reference; read it with parseOpenSloDocuments`,
      );
    }
    const condition = entry.spec.conditions[0] as OpenSloInlineAlertCondition;
    return {
      policy: entry.metadata.name,
      condition: condition.metadata.name,
      spec: condition.spec,
      notificationTargets: (entry.spec.notificationTargets ?? []).map(
        target => (target as { targetRef: string }).targetRef,
      ),
    };
  });
}
