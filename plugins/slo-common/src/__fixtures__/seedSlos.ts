/**
 * The SLOs the seeds define for LOCAL-PLUS, written as OpenSLO v1 documents.
 * Query conventions: `{{window}}` stands for the range; latency objectives are
 * a ratio of histogram buckets (requests under 200 ms over all requests).
 */
export const ledgerSlos = `
apiVersion: openslo/v1
kind: Service
metadata:
  name: svc-ledger
  displayName: Ledger Service
spec:
  description: Double-entry ledger for earn and burn transactions.
---
apiVersion: openslo/v1
kind: SLO
metadata:
  name: svc-ledger-availability
  displayName: Ledger availability
spec:
  service: svc-ledger
  indicator:
    metadata:
      name: svc-ledger-non-5xx
    spec:
      ratioMetric:
        counter: true
        bad:
          metricSource:
            type: Prometheus
            spec:
              query: rate(http_requests_total{service="svc-ledger",code=~"5.."}[{{window}}])
        total:
          metricSource:
            type: Prometheus
            spec:
              query: rate(http_requests_total{service="svc-ledger"}[{{window}}])
  timeWindow:
    - duration: 30d
      isRolling: true
  budgetingMethod: Occurrences
  objectives:
    - displayName: 99.9 % of requests succeed
      target: 0.999
---
apiVersion: openslo/v1
kind: SLO
metadata:
  name: svc-ledger-latency
  displayName: Ledger latency P99 under 200 ms
spec:
  service: svc-ledger
  indicator:
    metadata:
      name: svc-ledger-under-200ms
    spec:
      ratioMetric:
        counter: true
        good:
          metricSource:
            type: Prometheus
            spec:
              query: rate(http_request_duration_seconds_bucket{service="svc-ledger",le="0.2"}[{{window}}])
        total:
          metricSource:
            type: Prometheus
            spec:
              query: rate(http_request_duration_seconds_count{service="svc-ledger"}[{{window}}])
  timeWindow:
    - duration: 30d
      isRolling: true
  budgetingMethod: Occurrences
  objectives:
    - displayName: 99 % of requests under 200 ms
      targetPercent: 99
`;

export const walletSlo = `
apiVersion: openslo/v1
kind: SLO
metadata:
  name: svc-wallet-availability
spec:
  service: svc-wallet
  indicator:
    metadata:
      name: svc-wallet-non-5xx
    spec:
      ratioMetric:
        counter: true
        good:
          metricSource:
            type: Prometheus
            spec:
              query: rate(http_requests_total{service="svc-wallet",code!~"5.."}[{{window}}])
        total:
          metricSource:
            type: Prometheus
            spec:
              query: rate(http_requests_total{service="svc-wallet"}[{{window}}])
  timeWindow:
    - duration: 1M
      isRolling: false
      calendar:
        startTime: "2025-01-01 00:00:00"
        timeZone: Europe/Paris
  budgetingMethod: Occurrences
  objectives:
    - target: 0.999
`;

const platformSlo = (name: string, job: string) => `
apiVersion: openslo/v1
kind: SLO
metadata:
  name: ${name}-availability
spec:
  service: ${name}
  indicator:
    metadata:
      name: ${name}-http-non-5xx
    spec:
      ratioMetric:
        counter: true
        bad:
          metricSource:
            type: Prometheus
            spec:
              query: rate(http_requests_total{job="${job}",code=~"5.."}[{{window}}])
        total:
          metricSource:
            type: Prometheus
            spec:
              query: rate(http_requests_total{job="${job}"}[{{window}}])
  timeWindow:
    - duration: 30d
  budgetingMethod: Occurrences
  objectives:
    - target: 0.995
`;

export const platformSlos = [
  platformSlo('argocd', 'argocd-server'),
  platformSlo('prometheus', 'prometheus'),
].join('---\n');

/** A P99-latency threshold indicator with Timeslices budgeting, for both parser and generator tests. */
export const ledgerLatencyThresholdIndicator = {
  thresholdMetric: {
    metricSource: {
      type: 'Prometheus',
      spec: {
        query:
          'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="svc-ledger"}[5m])))',
      },
    },
  },
};

export const p99TimesliceObjective = {
  op: 'lte',
  value: 0.2,
  target: 0.99,
  timeSliceTarget: 1,
  timeSliceWindow: '1m',
};

/**
 * svc-ledger availability budgeted in one-minute slices: a minute is good
 * when 99 % of its requests succeed, and 99.5 % of the minutes must be good.
 */
export const ledgerTimeslicesSlo = `
apiVersion: openslo/v1
kind: SLO
metadata:
  name: svc-ledger-good-minutes
spec:
  service: svc-ledger
  indicator:
    metadata:
      name: svc-ledger-non-5xx-minutes
    spec:
      ratioMetric:
        counter: true
        bad:
          metricSource:
            type: Prometheus
            spec:
              query: rate(http_requests_total{service="svc-ledger",code=~"5.."}[{{window}}])
        total:
          metricSource:
            type: Prometheus
            spec:
              query: rate(http_requests_total{service="svc-ledger"}[{{window}}])
  timeWindow:
    - duration: 30d
      isRolling: true
  budgetingMethod: Timeslices
  objectives:
    - displayName: 99.5 % of minutes with 99 % of requests succeeding
      target: 0.995
      timeSliceTarget: 0.99
      timeSliceWindow: 1m
`;

/**
 * The platform SLO of the seeds as a blackbox probe: Argo CD answers its probe
 * in 99.5 % of the minutes of each calendar month (3.6 h of budget).
 */
export const argocdProbeSlo = `
apiVersion: openslo/v1
kind: SLO
metadata:
  name: platform-gitops-availability
spec:
  service: platform-gitops
  indicator:
    metadata:
      name: argocd-server-probe
    spec:
      thresholdMetric:
        metricSource:
          type: Prometheus
          spec:
            query: min_over_time(probe_success{target="argocd-server"}[1m])
  timeWindow:
    - duration: 1M
      isRolling: false
      calendar:
        startTime: "2025-01-01 00:00:00"
        timeZone: Europe/Paris
  budgetingMethod: Timeslices
  objectives:
    - displayName: Argo CD answers its probe
      op: gte
      value: 1
      target: 0.995
      timeSliceTarget: 1
      timeSliceWindow: 1m
`;
