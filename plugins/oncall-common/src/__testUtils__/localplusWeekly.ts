import {
  LOCALPLUS_ONCALL_GROUP,
  LOCALPLUS_WEEKLY_SOURCE,
  localplusWeeklyYaml,
} from '../__fixtures__/localplusWeekly';
import { parseRotationFile } from '../rotation/parseRotationFile';
import type { RotationDefinition } from '../rotation/types';

/** The seeds' rotation, parsed; fails the test when the fixture does not parse. */
export function localplusWeekly(): RotationDefinition {
  const { definition, problems } = parseRotationFile(localplusWeeklyYaml, {
    source: LOCALPLUS_WEEKLY_SOURCE,
    owner: LOCALPLUS_ONCALL_GROUP,
  });
  if (!definition) {
    throw new Error(`fixture does not parse: ${JSON.stringify(problems)}`);
  }
  return definition;
}

export const ALICE = 'user:default/alice';
export const BOB = 'user:default/bob';
export const CHARLIE = 'user:default/charlie';
export const DIANA = 'user:default/diana';
export const EVE = 'user:default/eve';
