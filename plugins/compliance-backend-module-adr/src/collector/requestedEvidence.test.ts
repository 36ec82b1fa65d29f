import { requestedChecks } from './requestedEvidence';

describe('requestedChecks', () => {
  it("keeps this collector's checks, each parameter set once whatever its key order", () => {
    expect(
      requestedChecks(
        [
          { check: 'prometheus.tls-minimum' },
          { check: 'catalog.owner' },
          { check: 'prometheus.tls-minimum', params: {} },
          {
            check: 'prometheus.alert-delivery',
            params: { environment: 'prod', baseUrl: 'http://a' },
          },
          {
            check: 'prometheus.alert-delivery',
            params: { baseUrl: 'http://a', environment: 'prod' },
          },
          {
            check: 'prometheus.alert-delivery',
            params: { environment: 'staging' },
          },
          { check: 'prometheusx.tls-minimum' },
        ],
        'prometheus',
      ),
    ).toEqual([
      { check: 'prometheus.tls-minimum' },
      {
        check: 'prometheus.alert-delivery',
        params: { environment: 'prod', baseUrl: 'http://a' },
      },
      {
        check: 'prometheus.alert-delivery',
        params: { environment: 'staging' },
      },
    ]);
  });
});
