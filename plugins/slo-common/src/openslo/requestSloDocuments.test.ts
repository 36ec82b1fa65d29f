import { parseOpenSloDocuments } from './parseOpenSloDocuments';
import { bucketLabel, requestSloDocuments } from './requestSloDocuments';
import { objectiveTarget } from './sloAccessors';

describe('requestSloDocuments', () => {
  it('writes a Service and two SLOs that parse without problems', () => {
    const { documents, problems } = parseOpenSloDocuments(
      requestSloDocuments({
        name: 'svc-loyalty-tiers',
        availabilityTarget: 99.95,
        latencyP99Ms: 250,
      }),
    );
    expect(problems).toEqual([]);
    expect(documents.map(d => [d.kind, d.metadata.name])).toEqual([
      ['Service', 'svc-loyalty-tiers'],
      ['SLO', 'svc-loyalty-tiers-availability'],
      ['SLO', 'svc-loyalty-tiers-latency'],
    ]);
    const [, availability, latency] = documents;
    if (availability.kind !== 'SLO' || latency.kind !== 'SLO') {
      throw new Error('expected SLO documents');
    }
    expect(objectiveTarget(availability.spec.objectives[0])).toBe(0.9995);
    expect(
      latency.spec.indicator.spec.ratioMetric!.good!.metricSource.spec.query,
    ).toBe(
      'rate(http_request_duration_seconds_bucket{service="svc-loyalty-tiers",le="0.25"}[{{window}}])',
    );
  });

  it('reads the metrics of another service label when asked', () => {
    const text = requestSloDocuments({
      name: 'svc-bench-001',
      availabilityTarget: 99.9,
      latencyP99Ms: 200,
      metricsService: 'svc-ledger',
    });
    expect(text).not.toContain('service="svc-bench-001"');
    expect(text.match(/service="svc-ledger"/g)).toHaveLength(4);
    expect(text).toContain('name: svc-bench-001-availability');
  });

  it('prints bucket bounds as prometheus_client does', () => {
    expect(bucketLabel(200)).toBe('0.2');
    expect(bucketLabel(1000)).toBe('1.0');
    expect(bucketLabel(2500)).toBe('2.5');
  });
});
