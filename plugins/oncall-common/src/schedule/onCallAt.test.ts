import { override } from '../__testUtils__/overrides';
import {
  ALICE,
  BOB,
  CHARLIE,
  localplusWeekly,
} from '../__testUtils__/localplusWeekly';
import { onCallAt } from './onCallAt';
import { computeSchedule } from './computeSchedule';

const rotation = localplusWeekly();
const primaryOnly = { ...rotation, layers: [rotation.layers[0]] };

describe('onCallAt', () => {
  it('names an override as the next handoff and its shift as next primary', () => {
    const cover = override(
      'primary',
      CHARLIE,
      '2026-01-07T12:00:00Z',
      '2026-01-08T12:00:00Z',
    );
    const now = onCallAt(rotation, [cover], '2026-01-06T12:00:00Z');
    expect(now.primary?.user).toBe(ALICE);
    expect(now.nextHandoff).toBe('2026-01-07T12:00:00.000Z');
    expect(now.nextPrimary).toEqual({
      rotation: 'localplus-weekly',
      role: 'primary',
      layer: 'override',
      user: CHARLIE,
      start: '2026-01-07T12:00:00.000Z',
      end: '2026-01-08T12:00:00.000Z',
      overrideId: cover.id,
    });
    expect(now.nextSecondary?.user).toBe(BOB);
  });

  it('sees no handoff where only the source changes, not the person', () => {
    const extension = override(
      'primary',
      ALICE,
      '2026-01-12T09:00:00Z',
      '2026-01-13T09:00:00Z',
    );
    const now = onCallAt(primaryOnly, [extension], '2026-01-10T12:00:00Z');
    expect(now.nextHandoff).toBe('2026-01-13T09:00:00.000Z');
    expect(now.nextPrimary).toMatchObject({
      user: BOB,
      layer: 'primary',
      start: '2026-01-13T09:00:00.000Z',
      end: '2026-01-19T09:00:00.000Z',
    });
  });

  it('has the first shift as next handoff before the rotation starts', () => {
    const now = onCallAt(rotation, [], '2026-01-01T00:00:00Z');
    expect(now.primary).toBeUndefined();
    expect(now.secondary).toBeUndefined();
    expect(now.nextHandoff).toBe('2026-01-05T09:00:00.000Z');
    expect(now.nextPrimary?.user).toBe(ALICE);
  });

  it('reports the end of a rotation as a handoff to nobody', () => {
    const ending = {
      ...primaryOnly,
      layers: [{ ...primaryOnly.layers[0], end: '2026-01-09T18:00' }],
    };
    const now = onCallAt(ending, [], '2026-01-06T12:00:00Z');
    expect(now.nextHandoff).toBe('2026-01-09T17:00:00.000Z');
    expect(now.nextPrimary).toBeUndefined();
  });

  it('finds no handoff within 8 weeks when one person holds the role throughout', () => {
    const alone = {
      ...primaryOnly,
      layers: [{ ...primaryOnly.layers[0], members: [ALICE] }],
    };
    const now = onCallAt(alone, [], '2026-03-01T12:00:00Z');
    expect(now.primary?.user).toBe(ALICE);
    expect(now.nextHandoff).toBeUndefined();
    expect(now.nextPrimary).toBeUndefined();
  });

  it('finds a handoff 8 weeks ahead but not beyond', () => {
    const nineWeeks = {
      ...primaryOnly,
      layers: [
        { ...primaryOnly.layers[0], members: [ALICE], end: '2026-03-09T10:00' },
      ],
    };
    expect(onCallAt(nineWeeks, [], '2026-01-12T09:00:00Z').nextHandoff).toBe(
      '2026-03-09T09:00:00.000Z',
    );
    expect(
      onCallAt(nineWeeks, [], '2026-01-12T08:59:59Z').nextHandoff,
    ).toBeUndefined();
  });

  it('answers for 50 teams quickly, years after their rotations started', () => {
    const started = Date.now();
    for (let team = 0; team < 50; team++) {
      const now = onCallAt(
        { ...rotation, name: `team-${team}` },
        [],
        '2031-06-18T12:00:00Z',
      );
      expect(now.primary).toBeDefined();
    }
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses an instant it cannot read', () => {
    expect(() => onCallAt(rotation, [], 'tomorrow')).toThrow(
      'at must be an ISO-8601 instant',
    );
  });
});

describe('computeSchedule input handling', () => {
  it('refuses bad instants and ranges over two years', () => {
    expect(() =>
      computeSchedule(rotation, [], { from: 'x', to: '2026-01-01T00:00:00Z' }),
    ).toThrow('from must be an ISO-8601 instant');
    expect(() =>
      computeSchedule(rotation, [], {
        from: '2026-01-01T00:00:00Z',
        to: '2028-06-01T00:00:00Z',
      }),
    ).toThrow('the range must be at most 731 days long');
  });

  it('returns nothing for an empty or reversed range', () => {
    const range = { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' };
    expect(computeSchedule(rotation, [], range)).toEqual([]);
  });

  it('ignores overrides of other rotations and malformed ones', () => {
    const range = { from: '2026-01-06T00:00:00Z', to: '2026-01-07T00:00:00Z' };
    const ignored = [
      override('primary', CHARLIE, range.from, range.to, { rotation: 'other' }),
      override('primary', CHARLIE, 'never', range.to),
      override('primary', CHARLIE, range.to, range.from),
    ];
    expect(computeSchedule(rotation, ignored, range)).toEqual(
      computeSchedule(rotation, [], range),
    );
  });

  it('lets the later-created of two overlapping overrides win', () => {
    const range = { from: '2026-01-06T00:00:00Z', to: '2026-01-07T00:00:00Z' };
    const newer = override(
      'primary',
      BOB,
      '2026-01-06T06:00:00Z',
      '2026-01-06T12:00:00Z',
      {
        createdAt: '2025-12-20T00:00:00Z',
      },
    );
    const older = override(
      'primary',
      CHARLIE,
      '2026-01-06T00:00:00Z',
      '2026-01-06T18:00:00Z',
      {
        createdAt: '2025-12-10T00:00:00Z',
      },
    );
    const primaries = computeSchedule(rotation, [newer, older], range).filter(
      s => s.role === 'primary',
    );
    expect(primaries.map(s => [s.user, s.start, s.end])).toEqual([
      [CHARLIE, '2026-01-06T00:00:00.000Z', '2026-01-06T06:00:00.000Z'],
      [BOB, '2026-01-06T06:00:00.000Z', '2026-01-06T12:00:00.000Z'],
      [CHARLIE, '2026-01-06T12:00:00.000Z', '2026-01-06T18:00:00.000Z'],
      [ALICE, '2026-01-06T18:00:00.000Z', '2026-01-07T00:00:00.000Z'],
    ]);
  });
});
