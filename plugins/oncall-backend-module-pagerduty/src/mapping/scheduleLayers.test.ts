import { DateTime } from 'luxon';
import {
  primarySchedule,
  users as pagerDutyUsers,
} from '../__fixtures__/pagerDutyAccount';
import { referenceScheduleExample } from '../__fixtures__/referenceScheduleExample';
import { scheduleSchema } from '../client/schemas';
import {
  mapScheduleLayers,
  shiftLengthOf,
  turnContaining,
} from './scheduleLayers';
import { RotationUsers, UserDirectory } from './users';

const ZONE = 'America/New_York';

function usersFor(catalog: Record<string, string>) {
  return new RotationUsers(
    new UserDirectory(
      pagerDutyUsers.map(u => ({ id: u.id, name: u.name, email: u.email })),
      new Map(Object.entries(catalog)),
    ),
  );
}

const everyone = {
  'ada@acme.example': 'user:default/ada',
  'grace.hopper@acme.example': 'user:default/grace',
  'linus@acme.example': 'user:default/linus',
  'margaret@acme.example': 'user:default/margaret',
  'ken@acme.example': 'user:default/ken',
};

const schedule = (changes: object = {}) =>
  scheduleSchema.parse({ ...structuredClone(primarySchedule), ...changes });

describe('shiftLengthOf', () => {
  it.each([
    [604800, { weeks: 1 }],
    [1209600, { weeks: 2 }],
    [86400, { days: 1 }],
    [3 * 86400, { days: 3 }],
    [43200, { hours: 12 }],
    [5400, undefined],
  ])('reads %i s as %j', (seconds, length) => {
    expect(shiftLengthOf(seconds)).toEqual(length);
  });
});

describe('turnContaining', () => {
  const anchor = DateTime.fromISO('2026-01-05T09:00', { zone: ZONE });

  it('counts weekly turns in wall-clock time across a DST change', () => {
    // 2026-03-08: New York springs forward; turn 9 still starts at 09:00 local.
    const at = DateTime.fromISO('2026-03-09T09:30', { zone: ZONE });

    const turn = turnContaining(anchor, { weeks: 1 }, at);

    expect(turn.turns).toBe(9);
    expect(turn.start.toISO()).toBe('2026-03-09T09:00:00.000-04:00');
  });

  it('counts turns before the anchor as negative', () => {
    const at = DateTime.fromISO('2026-01-03T12:00', { zone: ZONE });

    expect(turnContaining(anchor, { days: 1 }, at).turns).toBe(-2);
  });
});

describe('mapScheduleLayers', () => {
  it("reads the API reference's own example schedule", () => {
    const users = usersFor(everyone);

    const { layers, problems } = mapScheduleLayers(
      scheduleSchema.parse(referenceScheduleExample.schedule),
      'primary',
      ZONE,
      users,
    );

    expect(problems).toEqual([]);
    expect(layers).toEqual([
      {
        name: 'Daily Engineering Rotation: Layer 1',
        role: 'primary',
        // Started at 21:00, within the turn PagerDuty anchors at 20:00.
        start: '2015-11-06T20:00',
        shiftLength: { days: 1 },
        members: ['user:default/pagerduty-pxpgf42'],
        restrictions: [{ type: 'daily', from: '08:00', to: '17:00' }],
      },
    ]);
    expect(users.problems).toEqual([
      {
        field: 'schedules/PI7DH85.schedule_layers[0].users[0]',
        message:
          'PagerDuty user PXPGF42 is not in GET /users; shown as user:default/pagerduty-pxpgf42',
      },
    ]);
  });

  it("maps PagerDuty's layers in order, re-anchoring a layer started after its virtual start", () => {
    const users = usersFor(everyone);

    const { layers, problems } = mapScheduleLayers(
      schedule(),
      'primary',
      ZONE,
      users,
    );

    expect(problems).toEqual([]);
    expect(users.problems).toEqual([]);
    expect(layers).toEqual([
      {
        name: 'Checkout primary: Layer 1',
        role: 'primary',
        start: '2026-01-05T09:00',
        shiftLength: { weeks: 1 },
        members: [
          'user:default/ada',
          'user:default/grace',
          'user:default/linus',
        ],
      },
      {
        name: 'Checkout primary: Business hours',
        role: 'primary',
        // Started 2026-01-06 10:30, inside turn 1 (from 09:00): Ken's turn.
        start: '2026-01-06T09:00',
        shiftLength: { days: 1 },
        members: ['user:default/ken', 'user:default/margaret'],
        restrictions: [
          { type: 'weekly', fromDay: 1, from: '09:00', toDay: 5, to: '17:00' },
        ],
      },
    ]);
  });

  it('writes starts in the rotation zone, whatever offset PagerDuty used', () => {
    const source = schedule();
    source.schedule_layers = [
      {
        ...source.schedule_layers[0],
        start: '2026-01-05T14:00:00Z',
        rotation_virtual_start: '2026-01-05T14:00:00Z',
        end: '2026-06-29T13:00:00Z',
      },
    ];

    const { layers } = mapScheduleLayers(
      source,
      'secondary',
      ZONE,
      usersFor(everyone),
    );

    expect(layers[0]).toMatchObject({
      role: 'secondary',
      start: '2026-01-05T09:00',
      end: '2026-06-29T09:00',
    });
  });

  it('leaves out a layer that ended before it began, silently', () => {
    const source = schedule();
    source.schedule_layers[1].end = '2026-01-06T10:00:00-05:00';
    source.schedule_layers[1].start = '2026-01-06T10:00:00-05:00';
    source.schedule_layers[1].rotation_virtual_start =
      '2026-01-06T10:00:00-05:00';

    const { layers, problems } = mapScheduleLayers(
      source,
      'primary',
      ZONE,
      usersFor(everyone),
    );

    expect(layers.map(l => l.name)).toEqual(['Checkout primary: Layer 1']);
    expect(problems).toEqual([]);
  });

  it('leaves out a layer whose turn is not whole hours, saying why', () => {
    const source = schedule();
    source.schedule_layers[0].rotation_turn_length_seconds = 5400;

    const { layers, problems } = mapScheduleLayers(
      source,
      'primary',
      ZONE,
      usersFor(everyone),
    );

    expect(layers).toHaveLength(1);
    expect(problems).toEqual([
      {
        field:
          'schedules/PPRIM01.schedule_layers[0].rotation_turn_length_seconds',
        message:
          'Checkout primary: Layer 1 hands over every 5400 s, which is not a whole number of hours; the layer is left out',
      },
    ]);
  });

  it('keeps a person without a catalog user as a placeholder, reported once', () => {
    const catalog = { ...everyone } as Record<string, string>;
    delete catalog['linus@acme.example'];
    const missingLinus = usersFor(catalog);
    const source = schedule();
    source.schedule_layers[1].users.push({
      user: source.schedule_layers[0].users[2].user,
    });

    const { layers } = mapScheduleLayers(source, 'primary', ZONE, missingLinus);

    expect(layers[0].members).toContain('user:default/pagerduty-plinus1');
    expect(missingLinus.problems).toEqual([
      {
        field: 'schedules/PPRIM01.schedule_layers[0].users[2]',
        message:
          'No catalog user has the e-mail linus@acme.example of PagerDuty user Linus Torvalds (PLINUS1); shown as user:default/pagerduty-plinus1',
      },
    ]);
  });
});
