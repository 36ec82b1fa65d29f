import type { ComplianceExemption } from '@localplus/plugin-compliance-common';
import { concernsPeriod, exemptionAsOf } from './exemptionAsOf';

const period = {
  from: '2026-10-01T00:00:00.000Z',
  to: '2026-11-01T00:00:00.000Z',
};

const exemption = (
  overrides: Partial<ComplianceExemption> = {},
): ComplianceExemption => ({
  id: 'e-1',
  controlId: 'branch-protection',
  subject: 'repository:localplus/svc-legacy',
  justification: 'Archived in January; nobody merges there any more.',
  requestedBy: 'user:default/marc',
  requestedAt: '2026-10-10T00:00:00.000Z',
  status: 'approved',
  decidedBy: 'user:default/sofia',
  decidedAt: '2026-10-11T00:00:00.000Z',
  decisionComment: 'Agreed.',
  expiresAt: '2027-01-01T00:00:00.000Z',
  ...overrides,
});

describe('exemptionAsOf', () => {
  it('keeps a decision taken before the instant', () => {
    expect(exemptionAsOf(exemption(), period.to)).toEqual(exemption());
  });

  it('shows a decision taken at or after the instant as still requested', () => {
    const later = exemption({ decidedAt: period.to });
    const asked = exemptionAsOf(later, period.to);
    expect(asked.status).toBe('requested');
    expect(asked).not.toHaveProperty('decidedAt');
    expect(asked).not.toHaveProperty('decidedBy');
    expect(asked).not.toHaveProperty('decisionComment');
  });
});

describe('concernsPeriod', () => {
  it.each([
    [
      'asked for in the period, still requested',
      { status: 'requested' as const, decidedAt: undefined },
      true,
    ],
    [
      'asked for in the period and rejected',
      { status: 'rejected' as const },
      true,
    ],
    [
      'asked before, approved before, in force in the period',
      {
        requestedAt: '2026-09-01T00:00:00.000Z',
        decidedAt: '2026-09-02T00:00:00.000Z',
      },
      true,
    ],
    [
      'asked before and expired before the period',
      {
        requestedAt: '2026-08-01T00:00:00.000Z',
        decidedAt: '2026-08-02T00:00:00.000Z',
        expiresAt: '2026-10-01T00:00:00.000Z',
      },
      false,
    ],
    [
      'asked before and rejected',
      { requestedAt: '2026-09-01T00:00:00.000Z', status: 'rejected' as const },
      false,
    ],
    [
      'asked for after the period',
      { requestedAt: '2026-11-01T00:00:00.000Z' },
      false,
    ],
  ])('%s: %p', (_, overrides, expected) => {
    expect(concernsPeriod(exemption(overrides), period)).toBe(expected);
  });
});
