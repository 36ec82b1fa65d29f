import {
  MAX_REASON_LENGTH,
  validateOverride,
  validateSwap,
} from './validateRequests';

const valid = {
  role: 'primary' as const,
  from: '2026-03-05T08:00',
  to: '2026-03-05T20:00',
  user: 'user:default/bob',
  reason: '  Diana at the dentist ',
};

describe('validateOverride', () => {
  it("reads the inputs in the rotation's time zone", () => {
    expect(validateOverride(valid, 'Europe/Paris')).toEqual({
      request: {
        role: 'primary',
        start: '2026-03-05T07:00:00.000Z',
        end: '2026-03-05T19:00:00.000Z',
        user: 'user:default/bob',
        reason: 'Diana at the dentist',
      },
    });
    // After the change to summer time, 08:00 in Paris is 06:00 UTC.
    const summer = validateOverride(
      { ...valid, from: '2026-03-30T08:00', to: '2026-03-30T09:00' },
      'Europe/Paris',
    );
    expect(summer).toMatchObject({
      request: { start: '2026-03-30T06:00:00.000Z' },
    });
  });

  it('refuses an end before or at the start', () => {
    expect(
      validateOverride({ ...valid, to: valid.from }, 'Europe/Paris'),
    ).toEqual({ errors: { to: 'The end must be after the start' } });
  });

  it('asks for every field, and a reason that is not blank', () => {
    expect(
      validateOverride(
        { role: 'secondary', from: '', to: 'garbage', user: '', reason: ' ' },
        'Europe/Paris',
      ),
    ).toEqual({
      errors: {
        from: 'Enter when the override starts',
        to: 'Enter when the override ends',
        user: 'Choose who takes over',
        reason: 'Give a reason: it is recorded in the change log',
      },
    });
  });

  it('refuses an oversized reason', () => {
    const result = validateOverride(
      { ...valid, reason: 'x'.repeat(MAX_REASON_LENGTH + 1) },
      'Europe/Paris',
    );
    expect(result).toEqual({
      errors: { reason: 'Keep the reason under 500 characters' },
    });
  });
});

describe('validateSwap', () => {
  it('needs two different shifts and a reason', () => {
    expect(
      validateSwap({ role: 'primary', first: 'a', second: 'a', reason: '' }),
    ).toEqual({
      errors: {
        second: 'Pick two different shifts',
        reason: 'Give a reason: it is recorded in the change log',
      },
    });
    expect(
      validateSwap({ role: 'primary', first: '', second: '', reason: 'x' }),
    ).toEqual({
      errors: {
        first: 'Pick the first shift',
        second: 'Pick the second shift',
      },
    });
  });

  it('sends the two shift starts', () => {
    expect(
      validateSwap({
        role: 'secondary',
        first: '2026-03-09T09:00:00.000Z',
        second: '2026-03-16T09:00:00.000Z',
        reason: 'Holiday',
      }),
    ).toEqual({
      request: {
        role: 'secondary',
        firstShiftStart: '2026-03-09T09:00:00.000Z',
        secondShiftStart: '2026-03-16T09:00:00.000Z',
        reason: 'Holiday',
      },
    });
  });
});
