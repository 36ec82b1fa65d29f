import { checkoutSlo, rolling } from './alertWindowSlos';

/**
 * OpenSLO v1 alerting as the specification writes it: AlertCondition and
 * AlertPolicy documents referenced from an SLO, and a policy with its
 * condition inline.
 */
export const conditionDocument = (options: {
  name: string;
  severity?: string;
  kind?: string;
  op?: string;
  threshold: number;
  lookbackWindow: string;
  alertAfter?: string;
}) => `---
apiVersion: openslo/v1
kind: AlertCondition
metadata:
  name: ${options.name}
spec:
  description: Burn rate of the checkout budget over ${options.lookbackWindow}
  severity: ${options.severity ?? 'page'}
  condition:
    kind: ${options.kind ?? 'burnrate'}
    op: ${options.op ?? 'gte'}
    threshold: ${options.threshold}
    lookbackWindow: ${options.lookbackWindow}
    alertAfter: ${options.alertAfter ?? '0m'}
`;

export const policyDocument = (options: {
  name: string;
  conditionRef: string;
  extra?: string;
}) => `---
apiVersion: openslo/v1
kind: AlertPolicy
metadata:
  name: ${options.name}
spec:
  description: Pages the checkout on-call
  alertWhenBreaching: true
  alertWhenResolved: false
  alertWhenNoData: false
  conditions:
    - conditionRef: ${options.conditionRef}
  notificationTargets:
    - targetRef: checkout-oncall
${options.extra ?? ''}`;

/** A 30-day checkout SLO alerting through the policies named. */
export const sloWithPolicies = (refs: string[], inline = '') =>
  checkoutSlo({
    timeWindow: rolling('30d'),
    alertPolicies: `  alertPolicies:\n${refs
      .map(ref => `    - alertPolicyRef: ${ref}`)
      .join('\n')}\n${inline}`,
  });

/** The checkout's two pages as its own document says: 10x over 2h for 5m, 20x over 30m. */
export const checkoutAlerting = [
  sloWithPolicies(['fast-burn']),
  policyDocument({ name: 'fast-burn', conditionRef: 'burn-20x-30m' }),
  conditionDocument({
    name: 'burn-20x-30m',
    threshold: 20,
    lookbackWindow: '30m',
  }),
].join('');

export const inlineSlowBurn = `    - kind: AlertPolicy
      metadata:
        name: slow-burn
      spec:
        alertWhenBreaching: true
        conditions:
          - kind: AlertCondition
            metadata:
              name: burn-10x-2h
            spec:
              severity: ticket
              condition:
                kind: burnrate
                op: gte
                threshold: 10
                lookbackWindow: 2h
                alertAfter: 5m
        notificationTargets:
          - targetRef: checkout-tickets
`;
