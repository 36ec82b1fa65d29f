import { requestedChecks } from './requestedChecks';

describe('requestedChecks', () => {
  it("keeps this collector's checks, each parameter set once whatever its key order", () => {
    expect(
      requestedChecks(
        [
          { check: 'adr.change-decision' },
          { check: 'catalog.owner' },
          { check: 'adr.change-decision', params: {} },
          {
            check: 'adr.change-decision',
            params: { tiers: ['T0'], docsEntities: [] },
          },
          {
            check: 'adr.change-decision',
            params: { docsEntities: [], tiers: ['T0'] },
          },
          {
            check: 'adr.change-decision',
            params: { tiers: ['T1'] },
          },
          { check: 'adrx.tls-minimum' },
        ],
        'adr',
      ),
    ).toEqual([
      { check: 'adr.change-decision' },
      {
        check: 'adr.change-decision',
        params: { tiers: ['T0'], docsEntities: [] },
      },
      {
        check: 'adr.change-decision',
        params: { tiers: ['T1'] },
      },
    ]);
  });
});
