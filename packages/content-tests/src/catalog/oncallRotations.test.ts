import fs from 'node:fs';
import path from 'node:path';
import {
  auditCoverage,
  computeSchedule,
  ONCALL_ROTATION_ANNOTATION,
  parseRotationFile,
  PHONE_ANNOTATION,
  RotationDefinition,
  SLACK_HANDLE_ANNOTATION,
} from '@localplus/plugin-oncall-common';
import { parse } from 'yaml';
import { followLocations } from '../__testUtils__/followLocations';

const root = path.resolve(__dirname, '../../../..');

type Entity = {
  kind: string;
  metadata: { name: string; annotations?: Record<string, string> };
  spec?: { memberOf?: string[]; target?: string; targets?: string[] };
};

/** The development catalog: app-config.yaml's file locations and what they lead to. */
function catalogEntities(): Array<{ entity: Entity; file: string }> {
  const appConfig = parse(
    fs.readFileSync(path.join(root, 'app-config.yaml'), 'utf8'),
  );
  return followLocations<Entity>(
    appConfig.catalog.locations
      .filter((location: { type: string }) => location.type === 'file')
      .map((location: { target: string }) =>
        path.resolve(root, 'packages/backend', location.target),
      ),
  );
}

const entities = catalogEntities();
const refOf = ({ kind, metadata }: Entity) =>
  `${kind.toLowerCase()}:default/${metadata.name}`;
const byRef = new Map(entities.map(({ entity }) => [refOf(entity), entity]));

const rotations = entities
  .filter(
    ({ entity }) =>
      entity.kind === 'Group' &&
      entity.metadata.annotations?.[ONCALL_ROTATION_ANNOTATION],
  )
  .map(({ entity, file }) => {
    const target = entity.metadata.annotations![ONCALL_ROTATION_ANNOTATION];
    const rotationFile = path.resolve(path.dirname(file), target);
    const owner = refOf(entity);
    const parsed = parseRotationFile(fs.readFileSync(rotationFile, 'utf8'), {
      source: target,
      owner,
    });
    return { owner, groupFile: file, target, rotationFile, parsed };
  });

const definitions = (): RotationDefinition[] =>
  rotations.map(({ parsed }) => parsed.definition!);

const rotation = (name: string) => definitions().find(d => d.name === name)!;

/** Every user a rotation may call: its layers' members and its escalation's users. */
function usersOf(definition: RotationDefinition): string[] {
  const members = definition.layers.flatMap(layer => layer.members);
  const escalated = definition.escalation.flatMap(step =>
    step.target.type === 'user' ? [step.target.ref] : [],
  );
  return [...new Set([...members, ...escalated])];
}

describe('the on-call rotations of the catalog', () => {
  it('are pointed at by the groups that own them', () => {
    expect(
      rotations.map(({ owner, target }) => [owner, target]).sort(),
    ).toEqual([
      ['group:default/ecommerce-ops', './oncall/ecommerce-business-hours.yaml'],
      ['group:default/localplus-oncall', './oncall/localplus-weekly.yaml'],
    ]);
  });

  it('leave no file in catalog/org/oncall unreferenced', () => {
    const directory = path.join(root, 'catalog/org/oncall');
    const referenced = new Set(rotations.map(r => r.rotationFile));
    const files = fs
      .readdirSync(directory)
      .map(name => path.join(directory, name));
    expect(files.filter(file => !referenced.has(file))).toEqual([]);
  });

  it.each(rotations.map(r => [r.target, r] as const))(
    '%s: lies in its group file\u2019s folder and parses without problems',
    (_target, { groupFile, rotationFile, parsed }) => {
      const relative = path.relative(path.dirname(groupFile), rotationFile);
      expect(relative.startsWith('..')).toBe(false);
      expect(parsed.problems).toEqual([]);
      expect(parsed.definition).toBeDefined();
    },
  );

  it('have unique names', () => {
    const names = definitions().map(d => d.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('name only people and groups of the catalog, and each member belongs to the owner', () => {
    for (const definition of definitions()) {
      const groups = [
        ...definition.covers,
        ...definition.escalation.flatMap(step =>
          step.target.type === 'group' ? [step.target.ref] : [],
        ),
      ];
      expect(groups.filter(ref => !byRef.has(ref))).toEqual([]);
      expect(usersOf(definition).filter(ref => !byRef.has(ref))).toEqual([]);
      const ownerName = definition.owner.split('/')[1];
      const outsiders = definition.layers
        .flatMap(layer => layer.members)
        .filter(ref => !byRef.get(ref)?.spec?.memberOf?.includes(ownerName));
      expect([definition.name, outsiders]).toEqual([definition.name, []]);
    }
  });

  it('can reach everyone they call by phone and Slack, with invented numbers', () => {
    const phones = new Map<string, string>();
    for (const ref of definitions().flatMap(usersOf)) {
      const annotations = byRef.get(ref)!.metadata.annotations ?? {};
      // The unassigned block the demo data keeps to: nobody real is called.
      expect([ref, annotations[PHONE_ANNOTATION]]).toEqual([
        ref,
        expect.stringMatching(/^\+33 6 99 00 00 \d\d$/),
      ]);
      expect([ref, annotations[SLACK_HANDLE_ANNOTATION]]).toEqual([
        ref,
        expect.stringMatching(/^@[a-z]+(\.[a-z]+)?$/),
      ]);
      phones.set(annotations[PHONE_ANNOTATION], ref);
    }
    expect(phones.size).toBe(new Set(definitions().flatMap(usersOf)).size);
  });

  it('hold the seeds\u2019 weekly rotation: W1 Alice/Bob ... W5 Eve/Alice', () => {
    const weekly = rotation('localplus-weekly');
    const [primary, secondary] = weekly.layers;
    const names = (refs: string[]) => refs.map(ref => ref.split('/')[1]);
    expect(weekly.timeZone).toBe('Europe/Paris');
    expect(weekly.handoff.syncMinutes).toBe(30);
    expect([primary.role, primary.start, primary.shiftLength]).toEqual([
      'primary',
      '2026-01-05T10:00',
      { weeks: 1 },
    ]);
    expect([secondary.role, secondary.start, secondary.shiftLength]).toEqual([
      'secondary',
      '2026-01-05T10:00',
      { weeks: 1 },
    ]);
    const weeks = names(primary.members).map((person, week) => [
      person,
      names(secondary.members)[week],
    ]);
    expect(weeks).toEqual([
      ['alice', 'bob'],
      ['bob', 'charlie'],
      ['charlie', 'diana'],
      ['diana', 'eve'],
      ['eve', 'alice'],
    ]);
    expect(
      weekly.escalation.map(step => [step.afterMinutes, step.target]),
    ).toEqual([
      [0, { type: 'role', role: 'primary' }],
      [15, { type: 'role', role: 'secondary' }],
      [30, { type: 'group', ref: 'group:default/tech-leads' }],
      [60, { type: 'user', ref: 'user:default/marc-lefevre' }],
    ]);
    expect(weekly.acknowledgeTargets).toEqual({ P1: 5, P2: 15, P3: 60 });
  });

  it('hand over on Mondays at 10:00 in Paris, week after week', () => {
    // Five winter weeks from the first handoff: Paris is UTC+1.
    const shifts = computeSchedule(rotation('localplus-weekly'), [], {
      from: '2026-01-05T09:00:00.000Z',
      to: '2026-02-09T09:00:00.000Z',
    });
    const week = (n: number) =>
      new Date(Date.UTC(2026, 0, 5 + 7 * n, 9)).toISOString();
    const expected = (role: string, people: string[]) =>
      people.map((person, n) => [role, person, week(n), week(n + 1)]);
    expect(
      shifts.map(({ role, user, start, end }) => [
        role,
        user.split('/')[1],
        start,
        end,
      ]),
    ).toEqual([
      ...expected('primary', ['alice', 'bob', 'charlie', 'diana', 'eve']),
      ...expected('secondary', ['bob', 'charlie', 'diana', 'eve', 'alice']),
    ]);
  });

  it('leave the e-commerce nights and weekends uncovered, and nothing else', () => {
    const rotationsWithMembers = definitions().map(definition => ({
      definition,
      overrides: [],
      ownerMembers: entities
        .filter(({ entity }) =>
          entity.spec?.memberOf?.includes(definition.owner.split('/')[1]),
        )
        .map(({ entity }) => refOf(entity)),
    }));
    // The second winter week, from Monday 09:00 in Paris (08:00 UTC): both
    // rotations have started by then.
    const findings = auditCoverage({
      rotations: rotationsWithMembers,
      from: '2026-01-12T08:00:00.000Z',
      to: '2026-01-19T08:00:00.000Z',
    });
    const evening = (day: number) =>
      new Date(Date.UTC(2026, 0, day, 17)).toISOString();
    const morning = (day: number) =>
      new Date(Date.UTC(2026, 0, day, 8)).toISOString();
    expect(findings).toEqual([
      ...[12, 13, 14, 15].map(day => ({
        type: 'gap',
        rotation: 'ecommerce-business-hours',
        role: 'primary',
        start: evening(day),
        end: morning(day + 1),
      })),
      {
        type: 'gap',
        rotation: 'ecommerce-business-hours',
        role: 'primary',
        start: evening(16),
        end: morning(19),
      },
    ]);
  });
});
