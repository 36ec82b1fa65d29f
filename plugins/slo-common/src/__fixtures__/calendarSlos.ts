/**
 * OpenSLO v1 documents on calendar windows, written as the specification
 * allows: `isRolling` left out next to a `calendar` (the spec assumes
 * false), months anchored on another day than the 1st.
 */
export function calendarSlo(options: {
  startTime?: string;
  timeZone?: string;
  isRolling?: string;
  target?: string;
}): string {
  return `
apiVersion: openslo/v1
kind: SLO
metadata:
  name: svc-billing-availability
spec:
  service: svc-billing
  description: Billing runs from the 21st; the budget is the billing month.
  indicator:
    metadata:
      name: svc-billing-non-5xx
    spec:
      ratioMetric:
        counter: true
        bad:
          metricSource:
            type: Prometheus
            spec:
              query: rate(http_requests_total{service="svc-billing",code=~"5.."}[{{window}}])
        total:
          metricSource:
            type: Prometheus
            spec:
              query: rate(http_requests_total{service="svc-billing"}[{{window}}])
  timeWindow:
    - duration: 1M
      calendar:
        startTime: ${options.startTime ?? '2025-01-21 09:00:00'}
        timeZone: ${options.timeZone ?? 'Europe/Paris'}
${options.isRolling ?? ''}
  budgetingMethod: Occurrences
  objectives:
    - displayName: 99.5 % of billing requests succeed
      target: ${options.target ?? '0.995'}
`;
}
