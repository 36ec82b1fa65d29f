import {
  computeSchedule,
  onCallAt,
  parseRotationFile,
  type RotationDefinition,
  type ScheduleOverride,
} from '@localplus/plugin-oncall-common';
import type { ProvidedRotation } from '@localplus/plugin-oncall-node';
import fs from 'node:fs';
import path from 'node:path';
import type { RotationService } from '../../services/RotationService/RotationService';

export const ONCALL_GROUP = 'group:default/localplus-oncall';
export const LEDGER = 'component:default/svc-ledger';
export const TECH_LEADS = 'group:default/tech-leads';

/** The seeds' rotation, read from the YAML fixture by the real parser. */
export function localplusWeekly(): RotationDefinition {
  const text = fs.readFileSync(
    path.join(__dirname, 'localplus-weekly.yaml'),
    'utf8',
  );
  const { definition, problems } = parseRotationFile(text, {
    source: './oncall/localplus-weekly.yaml',
    owner: ONCALL_GROUP,
  });
  if (!definition) {
    throw new Error(`The fixture does not parse: ${JSON.stringify(problems)}`);
  }
  return definition;
}

const DISPLAY_NAMES: Record<string, string> = {
  'user:default/alice': 'Alice Martin',
  'user:default/bob': 'Bob Durand',
  'user:default/charlie': 'Charlie Petit',
  'user:default/diana': 'Diana Moreau',
  'user:default/eve': 'Eve Laurent',
};

/**
 * A RotationService over fixed definitions, with the engine's real schedule:
 * `covers` maps entity refs to the rotations answering for them.
 */
export function createFakeRotationService(
  options: {
    definitions?: RotationDefinition[];
    covers?: Record<string, string[]>;
    overrides?: ScheduleOverride[];
    groups?: Record<string, string[]>;
  } = {},
): RotationService {
  const definitions = options.definitions ?? [localplusWeekly()];
  const covers = options.covers ?? { [LEDGER]: ['localplus-weekly'] };
  const groups = options.groups ?? {
    [TECH_LEADS]: ['user:default/sofia-benali', 'user:default/marc-lefevre'],
  };
  const provided = (definition: RotationDefinition): ProvidedRotation => ({
    provider: 'native',
    source: `./oncall/${definition.name}.yaml`,
    definition,
  });
  const find = (name: string) => definitions.find(d => d.name === name);
  const overridesOf = (name: string) =>
    (options.overrides ?? []).filter(o => o.rotation === name);
  const definitionOf = (name: string) => {
    const definition = find(name);
    if (!definition) {
      throw new Error(`No rotation ${name}`);
    }
    return definition;
  };

  return {
    list: async () => ({ rotations: definitions.map(provided), problems: [] }),
    get: async name => {
      const definition = find(name);
      return definition ? provided(definition) : undefined;
    },
    rotationsFor: async entityRef =>
      (covers[entityRef] ?? []).map(name => provided(definitionOf(name))),
    overrides: async name => overridesOf(name),
    schedule: async (name, from, to) =>
      computeSchedule(definitionOf(name), overridesOf(name), { from, to }),
    onCallAt: async (name, at) =>
      onCallAt(definitionOf(name), overridesOf(name), at),
    people: async refs =>
      Object.fromEntries(
        [...refs].map(ref => [
          ref,
          { ref, displayName: DISPLAY_NAMES[ref] ?? ref.split('/').pop()! },
        ]),
      ),
    groupMembers: async ref => groups[ref] ?? [],
    refresh: async () => {},
  };
}
