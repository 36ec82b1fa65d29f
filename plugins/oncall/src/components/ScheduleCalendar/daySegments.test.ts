import { DateTime } from 'luxon';
import { scheduleOf } from '../../__fixtures__/schedule';
import { daySegments } from './daySegments';

const WEEK = scheduleOf('2026-03-01T23:00:00.000Z', '2026-03-08T23:00:00.000Z');

function day(iso: string) {
  return DateTime.fromISO(iso, { zone: 'Europe/Paris' }).startOf('day');
}

function describe_(segments: ReturnType<typeof daySegments>) {
  return segments.map(s => [
    s.user ?? 'nobody',
    s.start.toFormat('HH:mm'),
    s.end.toFormat('HH:mm'),
    s.overrideId ?? '',
  ]);
}

describe('daySegments', () => {
  it('splits the handoff day at 10:00', () => {
    expect(
      describe_(daySegments(WEEK.shifts, 'primary', day('2026-03-02'))),
    ).toEqual([
      ['user:default/charlie', '00:00', '10:00', ''],
      ['user:default/diana', '10:00', '00:00', ''],
    ]);
  });

  it('shows an override between two stretches of the layer', () => {
    const segments = daySegments(WEEK.shifts, 'primary', day('2026-03-05'));
    expect(describe_(segments)).toEqual([
      ['user:default/diana', '00:00', '08:00', ''],
      ['user:default/bob', '08:00', '20:00', 'ov-1'],
      ['user:default/diana', '20:00', '00:00', ''],
    ]);
    expect(segments.map(s => [s.startsInDay, s.endsInDay])).toEqual([
      [false, true],
      [true, true],
      [true, false],
    ]);
  });

  it('joins the pieces of one holding that the engine split', () => {
    const diana = WEEK.shifts.find(s => s.user === 'user:default/diana')!;
    const split = [
      { ...diana, end: '2026-03-04T12:00:00.000Z' },
      { ...diana, start: '2026-03-04T12:00:00.000Z' },
    ];
    expect(describe_(daySegments(split, 'primary', day('2026-03-04')))).toEqual(
      [['user:default/diana', '00:00', '00:00', '']],
    );
  });

  it('leaves the other role out and marks a day nobody holds', () => {
    expect(describe_(daySegments([], 'secondary', day('2026-03-04')))).toEqual([
      ['nobody', '00:00', '00:00', ''],
    ]);
  });
});
