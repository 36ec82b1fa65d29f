import {
  OpenSloSlo,
  parseOpenSloDocuments,
} from '@localplus/plugin-slo-common';
import { budgetReport } from './measureObjective';
import { sloWindowAt } from './sloWindow';

const billing = (startTime: string) =>
  parseOpenSloDocuments(`
apiVersion: openslo/v1
kind: SLO
metadata:
  name: svc-billing-availability
spec:
  service: svc-billing
  indicator:
    metadata:
      name: svc-billing-non-5xx
    spec:
      ratioMetric:
        bad:
          metricSource:
            type: Prometheus
            spec:
              query: rate(http_requests_total{code=~"5.."}[{{window}}])
        total:
          metricSource:
            type: Prometheus
            spec:
              query: rate(http_requests_total[{{window}}])
  timeWindow:
    - duration: 1M
      calendar:
        startTime: "${startTime}"
        timeZone: Europe/Paris
  budgetingMethod: Occurrences
  objectives:
    - target: 0.995
`).documents[0] as OpenSloSlo;

describe('sloWindowAt on a calendar month', () => {
  it('starts the period on the day and time of calendar.startTime', () => {
    const window = sloWindowAt(
      billing('2025-01-21 09:00:00'),
      new Date('2026-03-05T11:00:00Z'),
    );
    expect(window).toEqual({
      duration: '1M',
      rolling: false,
      start: '2026-02-21T09:00:00.000+01:00',
      end: '2026-03-05T11:00:00.000Z',
      seconds: 28 * 86400,
      elapsedSeconds: 12 * 86400 + 3 * 3600,
    });
  });

  it('budgets the real month: March in Paris at 99.5 % is 222.9 minutes', () => {
    const window = sloWindowAt(
      billing('2025-01-01 00:00:00'),
      new Date('2026-03-15T12:00:00Z'),
    );
    expect(window.start).toBe('2026-03-01T00:00:00.000+01:00');
    expect(window.seconds).toBe(31 * 86400 - 3600);
    const budget = budgetReport(0.005, window.seconds, 0);
    expect(budget.allowedSeconds / 60).toBeCloseTo(222.9, 9);
  });
});
