import fc from 'fast-check';
import { DateTime } from 'luxon';
import type {
  LayerRestriction,
  OnCallRole,
  RotationDefinition,
  RotationLayer,
  ScheduleOverride,
  ShiftLength,
  Weekday,
} from '../rotation/types';

/** Zones with an hour's DST north and south, a 30-minute DST, and none. */
export const ZONES = [
  'Europe/Paris',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
];
export const PEOPLE = ['a', 'b', 'c', 'd', 'e', 'f'].map(
  name => `user:default/${name}`,
);
export const ROTATION = 'random-rotation';
const HOUR = 3_600_000;
const RANGES_FROM = Date.parse('2025-06-01T00:00:00Z');

export interface RandomCase {
  definition: RotationDefinition;
  overrides: ScheduleOverride[];
  from: number;
  to: number;
}

const shiftLength: fc.Arbitrary<ShiftLength> = fc.oneof(
  fc.record({ hours: fc.integer({ min: 1, max: 48 }) }),
  fc.record({ days: fc.integer({ min: 1, max: 14 }) }),
  fc.record({ weeks: fc.integer({ min: 1, max: 4 }) }),
  fc.record({
    days: fc.integer({ min: 1, max: 3 }),
    hours: fc.integer({ min: 1, max: 23 }),
  }),
);

// Times away from 00:00-04:00, where DST jumps make local times skipped or doubled.
const timeOfDay = fc
  .tuple(fc.integer({ min: 4, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(
    ([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`,
  );
const weekday = fc.integer({ min: 1, max: 7 }).map(day => day as Weekday);

const restriction: fc.Arbitrary<LayerRestriction> = fc.oneof(
  fc
    .record({
      type: fc.constant('daily' as const),
      from: timeOfDay,
      to: timeOfDay,
    })
    .filter(r => r.from !== r.to),
  fc
    .record({
      type: fc.constant('weekly' as const),
      fromDay: weekday,
      from: timeOfDay,
      toDay: weekday,
      to: timeOfDay,
    })
    .filter(r => r.fromDay !== r.toDay || r.from !== r.to),
);

/**
 * A local date-time between two dates, at a time of day that exists once
 * in every zone used (see `timeOfDay`), so that luxon's own reading of it,
 * which the reference uses, cannot differ from the engine's.
 */
const localDateTime = (firstDay: string, lastDay: string) => {
  const first = DateTime.fromISO(firstDay, { zone: 'utc' });
  const days = DateTime.fromISO(lastDay, { zone: 'utc' }).diff(
    first,
    'days',
  ).days;
  return fc
    .tuple(fc.integer({ min: 0, max: days }), timeOfDay)
    .map(([day, time]) => `${first.plus({ days: day }).toISODate()}T${time}`);
};

const laterDay = (localText: string, days: number, time: string) =>
  `${DateTime.fromISO(localText.slice(0, 10), { zone: 'utc' })
    .plus({ days })
    .toISODate()}T${time}`;

function layer(index: number, first: boolean): fc.Arbitrary<RotationLayer> {
  return fc
    .record({
      role: first
        ? fc.constant<OnCallRole>('primary')
        : fc.constantFrom<OnCallRole>('primary', 'secondary'),
      // The first layer starts before every range, so it covers all of it.
      start: first
        ? localDateTime('2024-01-01', '2025-05-30')
        : localDateTime('2025-01-01', '2026-12-31'),
      shiftLength,
      members: fc.array(fc.constantFrom(...PEOPLE), {
        minLength: 1,
        maxLength: 6,
      }),
      restrictions: first
        ? fc.constant<LayerRestriction[]>([])
        : fc.array(restriction, { maxLength: 3 }),
      end: first
        ? fc.constant(undefined)
        : fc.option(fc.tuple(fc.integer({ min: 1, max: 140 }), timeOfDay)),
    })
    .map(({ start, end, restrictions, ...rest }) => ({
      ...rest,
      name: `layer-${index}`,
      start,
      ...(restrictions.length > 0 ? { restrictions } : {}),
      ...(end ? { end: laterDay(start, end[0], end[1]) } : {}),
    }));
}

/** A random rotation, overrides around a random range of up to 10 weeks. */
export const randomCase: fc.Arbitrary<RandomCase> = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    extraLayers: fc.integer({ min: 0, max: 2 }),
    from: fc
      .integer({ min: 0, max: 78 * 7 * 24 })
      .map(h => RANGES_FROM + h * HOUR),
    length: fc
      .integer({ min: 1, max: 10 * 7 * 24 * 4 })
      .map(q => q * (HOUR / 4)),
  })
  .chain(({ zone, extraLayers, from, length }) =>
    fc
      .record({
        layers: fc.tuple(
          ...Array.from({ length: extraLayers + 1 }, (_, i) =>
            layer(i, i === 0),
          ),
        ),
        overrides: fc.array(
          fc.record({
            role: fc.constantFrom<OnCallRole>('primary', 'secondary'),
            offset: fc.integer({ min: -2 * 168, max: 10 * 168 }),
            hours: fc.integer({ min: 1, max: 8 * 168 }),
            user: fc.constantFrom(...PEOPLE),
            createdMinute: fc.integer({ min: 0, max: 100_000 }),
          }),
          { maxLength: 4 },
        ),
      })
      .map(({ layers, overrides }) => ({
        definition: {
          name: ROTATION,
          title: 'Random',
          owner: 'group:default/random',
          covers: ['group:default/random'],
          timeZone: zone,
          handoff: { description: '', syncMinutes: 0 },
          layers,
          escalation: [],
          acknowledgeTargets: {},
        },
        overrides: overrides.map((o, index) => ({
          id: `override-${index}`,
          rotation: ROTATION,
          role: o.role,
          start: new Date(from + o.offset * HOUR).toISOString(),
          end: new Date(from + (o.offset + o.hours) * HOUR).toISOString(),
          user: o.user,
          reason: 'random',
          createdBy: o.user,
          createdAt: new Date(
            Date.parse('2025-01-01') + o.createdMinute * 60_000,
          ).toISOString(),
        })),
        from,
        to: from + length,
      })),
  );
