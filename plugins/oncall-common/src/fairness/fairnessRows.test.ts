import { override } from '../__testUtils__/overrides';
import { ALICE, BOB, localplusWeekly } from '../__testUtils__/localplusWeekly';
import type { OnCallPage } from '../api/types';
import { fairnessRows } from './fairnessRows';

const rotation = localplusWeekly();
const WEEK_1 = { from: '2026-01-05T09:00:00Z', to: '2026-01-12T09:00:00Z' };

function page(
  id: string,
  primary: string | undefined,
  firedAt: string,
  extra: Partial<OnCallPage> = {},
): OnCallPage {
  return {
    id,
    fingerprint: id,
    alertName: 'HighErrorRate',
    summary: 'errors',
    severity: 'P2',
    rotation: 'localplus-weekly',
    primary,
    firedAt,
    escalationStep: 0,
    notified: [],
    labels: {},
    ...extra,
  };
}

const pages = [
  // Saturday 23:30 Paris: night and weekend, resolved after 2 h.
  page('sat-night', ALICE, '2026-01-10T22:30:00Z', {
    acknowledgedAt: '2026-01-10T22:40:00Z',
    resolvedAt: '2026-01-11T00:30:00Z',
  }),
  // Tuesday 14:00 Paris: neither night nor weekend.
  page('tue-day', ALICE, '2026-01-06T13:00:00Z'),
  // Wednesday 03:00 Paris: night.
  page('wed-night', ALICE, '2026-01-07T02:00:00Z', {
    resolvedAt: '2026-01-07T02:20:00Z',
  }),
  // Saturday 07:30 Paris: still night, and weekend; acknowledged only, after 15 min: counts 1 h.
  page('sat-dawn', ALICE, '2026-01-10T06:30:00Z', {
    acknowledgedAt: '2026-01-10T06:45:00Z',
  }),
  // Sunday 10:00 Paris, Bob first: weekend, 30 min counts 1 h.
  page('sun-bob', BOB, '2026-01-11T09:00:00Z', {
    resolvedAt: '2026-01-11T09:30:00Z',
  }),
  // Outside the week, and a page nobody held: not counted.
  page('next-week', ALICE, '2026-01-12T09:00:00Z'),
  page('nobody', undefined, '2026-01-08T09:00:00Z'),
];

describe('fairnessRows on week 1 of the seeds rotation', () => {
  it('counts hours, nights, weekends, pages and compensation by hand', () => {
    const rows = fairnessRows({
      rotations: [{ definition: rotation, overrides: [] }],
      pages,
      ...WEEK_1,
    });
    // Mon 10:00 to Mon 10:00 Paris holds seven nights of 10 h and one weekend of 48 h.
    expect(rows).toEqual([
      {
        user: ALICE,
        rotations: ['localplus-weekly'],
        hoursOnCall: 168,
        primaryHours: 168,
        secondaryHours: 0,
        nightHours: 70,
        weekendHours: 48,
        pages: 4,
        nightPages: 3,
        weekendPages: 2,
        compensation: {
          onCallWeeks: 1,
          nightIncidents: 3,
          weekendIncidents: 2,
          // 1.5 x (2 h + 1 h)
          weekendTimeOffHours: 4.5,
        },
      },
      {
        user: BOB,
        rotations: ['localplus-weekly'],
        hoursOnCall: 168,
        primaryHours: 0,
        secondaryHours: 168,
        nightHours: 70,
        weekendHours: 48,
        pages: 1,
        nightPages: 0,
        weekendPages: 1,
        compensation: {
          onCallWeeks: 1,
          nightIncidents: 0,
          weekendIncidents: 1,
          weekendTimeOffHours: 1.5,
        },
      },
    ]);
  });

  it('counts time in both roles once in hours on call', () => {
    const [alice, bob] = fairnessRows({
      rotations: [
        {
          definition: rotation,
          overrides: [
            // Tuesday 12:00-14:00Z Alice is also secondary, instead of Bob.
            override(
              'secondary',
              ALICE,
              '2026-01-06T12:00:00Z',
              '2026-01-06T14:00:00Z',
            ),
          ],
        },
      ],
      pages: [],
      ...WEEK_1,
    });
    expect([
      alice.hoursOnCall,
      alice.primaryHours,
      alice.secondaryHours,
    ]).toEqual([168, 168, 2]);
    expect([bob.hoursOnCall, bob.secondaryHours]).toEqual([166, 166]);
  });

  it("counts time in two rotations at once once, nights in each rotation's zone", () => {
    const kolkata = {
      ...rotation,
      name: 'kolkata-late',
      timeZone: 'Asia/Kolkata',
      layers: [
        {
          ...rotation.layers[0],
          start: '2026-01-01T00:00',
          members: [ALICE],
          // 03:00-05:00 Kolkata is 21:30-23:30Z: inside the Paris night.
          restrictions: [
            { type: 'daily' as const, from: '03:00', to: '05:00' },
          ],
        },
      ],
    };
    const [alice] = fairnessRows({
      rotations: [
        { definition: rotation, overrides: [] },
        { definition: kolkata, overrides: [] },
      ],
      pages: [],
      ...WEEK_1,
    });
    expect(alice).toMatchObject({
      rotations: ['kolkata-late', 'localplus-weekly'],
      hoursOnCall: 168,
      primaryHours: 168 + 14,
      nightHours: 70,
    });
  });

  it('counts a 167-hour DST week as one on-call week and rounds to tenths', () => {
    const rows = fairnessRows({
      rotations: [{ definition: rotation, overrides: [] }],
      pages: [],
      from: '2026-03-23T09:00:00Z',
      to: '2026-03-30T08:00:00Z',
    });
    expect(rows[0]).toMatchObject({
      user: BOB,
      hoursOnCall: 167,
      compensation: { onCallWeeks: 1 },
    });
    const partial = fairnessRows({
      rotations: [{ definition: rotation, overrides: [] }],
      pages: [],
      from: '2026-01-05T09:00:00Z',
      to: '2026-01-06T09:20:00Z',
    });
    expect(partial[0]).toMatchObject({
      hoursOnCall: 24.3,
      compensation: { onCallWeeks: 0.1 },
    });
  });

  it('counts pages of someone never on call in the period', () => {
    const rows = fairnessRows({
      rotations: [],
      pages: [
        page('orphan', 'user:default/zoe', '2026-01-10T12:00:00Z', {
          rotation: 'gone',
        }),
      ],
      ...WEEK_1,
    });
    expect(rows).toEqual([
      expect.objectContaining({
        user: 'user:default/zoe',
        rotations: [],
        hoursOnCall: 0,
        pages: 1,
        weekendPages: 1,
        compensation: expect.objectContaining({ weekendTimeOffHours: 1.5 }),
      }),
    ]);
  });
});
