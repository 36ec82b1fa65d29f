import { requestedChecks } from './requestedEvidence';

describe('requestedChecks', () => {
  it("keeps this collector's checks, each parameter set once whatever its key order", () => {
    expect(
      requestedChecks(
        [
          { check: 'oncall.rotation-coverage' },
          { check: 'catalog.owner' },
          { check: 'oncall.rotation-coverage', params: {} },
          {
            check: 'oncall.page-acknowledgement',
            params: { rotations: ['a'], weeksAhead: 2 },
          },
          {
            check: 'oncall.page-acknowledgement',
            params: { weeksAhead: 2, rotations: ['a'] },
          },
          {
            check: 'oncall.page-acknowledgement',
            params: { weeksAhead: 3 },
          },
          { check: 'oncallx.tls-minimum' },
        ],
        'oncall',
      ),
    ).toEqual([
      { check: 'oncall.rotation-coverage' },
      {
        check: 'oncall.page-acknowledgement',
        params: { rotations: ['a'], weeksAhead: 2 },
      },
      {
        check: 'oncall.page-acknowledgement',
        params: { weeksAhead: 3 },
      },
    ]);
  });
});
