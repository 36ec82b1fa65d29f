import { localplusWeeklyYaml } from '../__fixtures__/localplusWeekly';
import {
  demoFileOptions,
  demoFileWith,
} from '../__testUtils__/rotationFileEdits';
import { parseRotationFile } from './parseRotationFile';

describe('parseRotationFile with the demo rotation', () => {
  it('reads the seeds rotation into the engine model', () => {
    const { definition, problems } = parseRotationFile(
      localplusWeeklyYaml,
      demoFileOptions,
    );
    expect(problems).toEqual([]);
    expect(definition).toMatchObject({
      name: 'localplus-weekly',
      title: 'LOCAL-PLUS weekly on-call',
      owner: 'group:default/localplus-oncall',
      covers: ['group:default/localplus-oncall'],
      timeZone: 'Europe/Paris',
      handoff: {
        description: 'Monday 10:00 Europe/Paris, 30-minute sync from 09:30',
        syncMinutes: 30,
      },
      acknowledgeTargets: { P1: 5, P2: 15, P3: 60 },
    });
    expect(definition!.layers[0]).toEqual({
      name: 'primary',
      role: 'primary',
      start: '2026-01-05T10:00',
      shiftLength: { weeks: 1 },
      members: ['alice', 'bob', 'charlie', 'diana', 'eve'].map(
        name => `user:default/${name}`,
      ),
    });
    expect(definition!.layers[1].members[0]).toBe('user:default/bob');
    expect(definition!.escalation).toEqual([
      {
        afterMinutes: 0,
        title: 'Primary on call',
        target: { type: 'role', role: 'primary' },
      },
      {
        afterMinutes: 15,
        title: 'Secondary on call',
        target: { type: 'role', role: 'secondary' },
      },
      {
        afterMinutes: 30,
        title: 'Incident commander',
        target: { type: 'group', ref: 'group:default/tech-leads' },
      },
      {
        afterMinutes: 60,
        title: 'Management',
        target: { type: 'user', ref: 'user:default/marc-lefevre' },
      },
    ]);
  });

  it('normalises refs, defaults the title and keeps restrictions and end', () => {
    const { definition, problems } = parseRotationFile(
      demoFileWith(file => {
        delete file.metadata.title;
        delete file.spec.handoff;
        delete file.spec.escalation;
        file.spec.covers = ['engineering', 'group:platform/sre'];
        file.spec.layers[0].members = ['User:Default/Alice', 'ops/bob'];
        file.spec.layers[1].restrictions = [
          { type: 'daily', from: '22:00', to: '08:00' },
          {
            type: 'weekly',
            fromDay: 'saturday',
            from: '00:00',
            toDay: 'monday',
            to: '00:00',
          },
        ];
        file.spec.layers[1].end = '2027-06-28T10:00';
      }),
      demoFileOptions,
    );
    expect(problems).toEqual([]);
    expect(definition!.title).toBe('localplus-weekly');
    expect(definition!.covers).toEqual([
      'group:default/engineering',
      'group:platform/sre',
    ]);
    expect(definition!.layers[0].members).toEqual([
      'user:default/alice',
      'user:ops/bob',
    ]);
    expect(definition!.layers[1].restrictions).toEqual([
      { type: 'daily', from: '22:00', to: '08:00' },
      { type: 'weekly', fromDay: 6, from: '00:00', toDay: 1, to: '00:00' },
    ]);
    expect(definition!.layers[1].end).toBe('2027-06-28T10:00');
    expect(definition!.handoff).toEqual({
      description: 'Monday 10:00 Europe/Paris',
      syncMinutes: 0,
    });
    expect(definition!.escalation).toEqual([
      {
        afterMinutes: 0,
        title: 'Primary on call',
        target: { type: 'role', role: 'primary' },
      },
    ]);
  });

  it.each([
    ['1d', 'Daily 10:00 Europe/Paris, 30-minute sync from 09:30'],
    [
      '2w',
      'Every 2 weeks, Monday 10:00 Europe/Paris, 30-minute sync from 09:30',
    ],
    [
      '12h',
      'Every 12 hours from Monday 2026-01-05 10:00 Europe/Paris, 30-minute sync from 09:30',
    ],
    [
      '1d12h',
      'Every 1 day 12 hours from Monday 2026-01-05 10:00 Europe/Paris, 30-minute sync from 09:30',
    ],
  ])('describes a %s handoff in words', (length, description) => {
    const { definition } = parseRotationFile(
      demoFileWith(file => {
        file.spec.layers[0].shiftLength = length;
      }),
      demoFileOptions,
    );
    expect(definition!.handoff.description).toBe(description);
  });

  it('describes the handoff from the first primary layer, not the first layer', () => {
    const { definition } = parseRotationFile(
      demoFileWith(file => {
        file.spec.layers.reverse();
        file.spec.layers[0].start = '2026-01-07T18:00';
      }),
      demoFileOptions,
    );
    expect(definition!.handoff.description).toBe(
      'Monday 10:00 Europe/Paris, 30-minute sync from 09:30',
    );
  });

  it('reports problems on the owner with the source', () => {
    const { problems } = parseRotationFile(
      demoFileWith(file => {
        file.spec.timeZone = 'Mars/Olympus';
      }),
      demoFileOptions,
    );
    expect(problems).toEqual([
      {
        entityRef: 'group:default/localplus-oncall',
        source: './oncall/localplus-weekly.yaml',
        field: 'spec.timeZone',
        message: 'must be an IANA time zone such as Europe/Paris',
      },
    ]);
  });
});
