import { demoFileWith, problemLines } from '../__testUtils__/rotationFileEdits';

describe('parseRotationFile refuses each invalid field with its path', () => {
  it.each<[string, (file: any) => void, string]>([
    [
      'a wrong apiVersion',
      f => {
        f.apiVersion = 'v1';
      },
      'apiVersion: must be oncall.localplus.io/v1alpha1',
    ],
    [
      'a wrong kind',
      f => {
        f.kind = 'Schedule';
      },
      'kind: must be Rotation',
    ],
    [
      'an unknown time zone',
      f => {
        f.spec.timeZone = 'Europe/Lyon';
      },
      'spec.timeZone: must be an IANA time zone such as Europe/Paris',
    ],
    [
      'a bad name',
      f => {
        f.metadata.name = 'Local Plus';
      },
      'metadata.name: must be lowercase letters, digits and "-", starting and ending with a letter or digit',
    ],
    [
      'a date that does not exist',
      f => {
        f.spec.layers[1].start = '2026-02-30T10:00';
      },
      'spec.layers[1].start: must be a local date-time such as 2026-01-05T10:00',
    ],
    [
      'a date-time with an offset',
      f => {
        f.spec.layers[0].start = '2026-01-05T10:00+01:00';
      },
      'spec.layers[0].start: must be a local date-time such as 2026-01-05T10:00',
    ],
    [
      'a time the clocks skip',
      f => {
        f.spec.layers[0].start = '2026-03-29T02:30';
      },
      'spec.layers[0].start: does not exist in Europe/Paris: the clocks skip it when daylight saving time starts',
    ],
    [
      'an end before the start',
      f => {
        f.spec.layers[0].end = '2026-01-01T10:00';
      },
      'spec.layers[0].end: must be after start',
    ],
    [
      'a zero shift',
      f => {
        f.spec.layers[0].shiftLength = '0h';
      },
      'spec.layers[0].shiftLength: must be longer than zero',
    ],
    [
      'a negative shift',
      f => {
        f.spec.layers[0].shiftLength = '-1w';
      },
      'spec.layers[0].shiftLength: must be a duration such as 1w, 1d or 12h',
    ],
    [
      'a shift over 8 weeks',
      f => {
        f.spec.layers[1].shiftLength = '8w1h';
      },
      'spec.layers[1].shiftLength: must be at most 8 weeks',
    ],
    [
      'a shift in minutes',
      f => {
        f.spec.layers[0].shiftLength = '1h30m';
      },
      'spec.layers[0].shiftLength: must be whole hours: weeks, days and hours (1w, 1d12h)',
    ],
    [
      'a numeric shift',
      f => {
        f.spec.layers[0].shiftLength = 7;
      },
      'spec.layers[0].shiftLength: must be a duration such as 1w, 1d or 12h',
    ],
    [
      'an unknown layer role',
      f => {
        f.spec.layers[1].role = 'tertiary';
      },
      'spec.layers[1].role: must be primary or secondary',
    ],
    [
      'an unknown escalation role',
      f => {
        f.spec.escalation[1].target = { role: 'backup' };
      },
      'spec.escalation[1].target.role: must be primary or secondary',
    ],
    [
      'empty members',
      f => {
        f.spec.layers[0].members = [];
      },
      'spec.layers[0].members: must name at least one member',
    ],
    [
      'a group as member',
      f => {
        f.spec.layers[1].members[2] = 'group:default/tech-leads';
      },
      'spec.layers[1].members[2]: must be a user name or ref, e.g. alice or user:default/alice',
    ],
    [
      'duplicate layer names',
      f => {
        f.spec.layers[1].name = 'primary';
      },
      'spec.layers[1].name: "primary" is already the name of spec.layers[0]',
    ],
    [
      'a layer called override',
      f => {
        f.spec.layers[1].name = 'override';
      },
      'spec.layers[1].name: "override" is reserved for the shifts of overrides',
    ],
    [
      'no primary layer',
      f => {
        f.spec.layers[0].role = 'secondary';
      },
      'spec.layers: must hold at least one layer with role primary',
    ],
    [
      'no layer',
      f => {
        f.spec.layers = [];
      },
      'spec.layers: must hold at least one layer',
    ],
    [
      'a bad restriction time',
      f => {
        f.spec.layers[0].restrictions = [
          { type: 'daily', from: '8:00', to: '18:00' },
        ];
      },
      'spec.layers[0].restrictions[0].from: must be a time of day such as 08:00',
    ],
    [
      'a restriction at 24:00',
      f => {
        f.spec.layers[0].restrictions = [
          { type: 'daily', from: '08:00', to: '24:00' },
        ];
      },
      'spec.layers[0].restrictions[0].to: must be a time of day such as 08:00',
    ],
    [
      'an empty daily window',
      f => {
        f.spec.layers[0].restrictions = [
          { type: 'daily', from: '08:00', to: '08:00' },
        ];
      },
      'spec.layers[0].restrictions[0].to: must differ from "from" (leave restrictions out for all day)',
    ],
    [
      'a bad restriction day',
      f => {
        f.spec.layers[0].restrictions = [
          {
            type: 'weekly',
            fromDay: 'funday',
            from: '08:00',
            toDay: 'friday',
            to: '18:00',
          },
        ];
      },
      'spec.layers[0].restrictions[0].fromDay: must be a weekday: monday ... sunday',
    ],
    [
      'an empty weekly window',
      f => {
        f.spec.layers[0].restrictions = [
          {
            type: 'weekly',
            fromDay: 'friday',
            from: '18:00',
            toDay: 'friday',
            to: '18:00',
          },
        ];
      },
      'spec.layers[0].restrictions[0].to: must end at another day or time than it starts',
    ],
    [
      'an unknown restriction type',
      f => {
        f.spec.layers[0].restrictions = [{ type: 'monthly' }];
      },
      'spec.layers[0].restrictions[0].type: must have type daily (from, to) or weekly (fromDay, from, toDay, to)',
    ],
    [
      'escalation out of order',
      f => {
        f.spec.escalation[2].after = '10m';
      },
      'spec.escalation[2].after: must be later than the step before (15 minutes): steps are listed in increasing delay',
    ],
    [
      'two steps at once',
      f => {
        f.spec.escalation[1].after = '0m';
      },
      'spec.escalation[1].after: must be later than the step before (0 minutes): steps are listed in increasing delay',
    ],
    [
      'a negative escalation delay',
      f => {
        f.spec.escalation[1].after = '-5m';
      },
      'spec.escalation[1].after: must be a duration such as 15m, 1h or 1d12h',
    ],
    [
      'a target naming two',
      f => {
        f.spec.escalation[0].target = { role: 'primary', user: 'bob' };
      },
      'spec.escalation[0].target: must name exactly one of role, user or group',
    ],
    [
      'a zero acknowledge target',
      f => {
        f.spec.acknowledgeTargets.P1 = '0m';
      },
      'spec.acknowledgeTargets.P1: must be longer than zero',
    ],
    [
      'an unknown severity',
      f => {
        f.spec.acknowledgeTargets.P0 = '1m';
      },
      'spec.acknowledgeTargets.P0: is not a field of a rotation file',
    ],
    [
      'a mistyped field',
      f => {
        f.spec.layers[0].shiftlength = '1w';
      },
      'spec.layers[0].shiftlength: is not a field of a rotation file',
    ],
    [
      'a negative sync',
      f => {
        f.spec.handoff.syncMinutes = -30;
      },
      'spec.handoff.syncMinutes: must not be negative',
    ],
    [
      'a bad covered group',
      f => {
        f.spec.covers = ['user:default/alice'];
      },
      'spec.covers[0]: must be a group name or ref, e.g. tech-leads',
    ],
  ])('%s', (_, edit, expected) => {
    expect(problemLines(demoFileWith(edit))).toContain(expected);
  });

  it('refuses more than 20 layers', () => {
    const problems = problemLines(
      demoFileWith(file => {
        file.spec.layers = Array.from({ length: 21 }, (__, index) => ({
          ...file.spec.layers[0],
          name: `layer-${index}`,
        }));
      }),
    );
    expect(problems).toEqual(['spec.layers: must hold at most 20 layers']);
  });

  it('refuses more than 200 members in a layer', () => {
    const problems = problemLines(
      demoFileWith(file => {
        file.spec.layers[1].members = Array.from(
          { length: 201 },
          (__, index) => `person-${index}`,
        );
      }),
    );
    expect(problems).toEqual([
      'spec.layers[1].members: must name at most 200 members',
    ]);
  });

  it('reports every problem of a file, not only the first', () => {
    const problems = problemLines(
      demoFileWith(file => {
        file.spec.timeZone = 'Nowhere';
        file.spec.layers[0].members = [];
        file.spec.layers[1].shiftLength = '1x';
      }),
    );
    expect(problems).toHaveLength(3);
  });
});
