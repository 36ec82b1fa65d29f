/**
 * OpenSLO v1 documents for the alert-window tests: one ratio SLO whose rolling
 * window, calendar and budgeting method are filled in per test.
 */
export function checkoutSlo(options: {
  name?: string;
  timeWindow: string;
  budgetingMethod?: 'Occurrences' | 'Timeslices';
  objective?: string;
  alertPolicies?: string;
}): string {
  return `
apiVersion: openslo/v1
kind: SLO
metadata:
  name: ${options.name ?? 'svc-checkout-availability'}
  displayName: Checkout availability
spec:
  description: Share of checkout requests answered without a 5xx.
  service: svc-checkout
  indicator:
    metadata:
      name: svc-checkout-non-5xx
    spec:
      ratioMetric:
        counter: true
        bad:
          metricSource:
            type: Prometheus
            spec:
              query: rate(http_requests_total{service="svc-checkout",code=~"5.."}[{{window}}])
        total:
          metricSource:
            type: Prometheus
            spec:
              query: rate(http_requests_total{service="svc-checkout"}[{{window}}])
  timeWindow:
${options.timeWindow}
  budgetingMethod: ${options.budgetingMethod ?? 'Occurrences'}
  objectives:
${
  options.objective ??
  '    - displayName: 99.9 % of requests succeed\n      target: 0.999'
}
${options.alertPolicies ?? ''}`;
}

export const rolling = (duration: string) =>
  `    - duration: ${duration}\n      isRolling: true`;

export const calendarMonth = `    - duration: 1M
      isRolling: false
      calendar:
        startTime: "2025-01-01 00:00:00"
        timeZone: Europe/Paris`;

/** A Timeslices objective: a slice is good when 99 % of its requests succeed. */
export const sliceObjective = (
  slice: string,
) => `    - displayName: 99.9 % of ${slice} slices good
      target: 0.999
      timeSliceTarget: 0.99
      timeSliceWindow: ${slice}`;
