import { parse, stringify } from 'yaml';
import {
  LOCALPLUS_ONCALL_GROUP,
  LOCALPLUS_WEEKLY_SOURCE,
  localplusWeeklyYaml,
} from '../__fixtures__/localplusWeekly';
import { parseRotationFile } from '../rotation/parseRotationFile';

export const demoFileOptions = {
  source: LOCALPLUS_WEEKLY_SOURCE,
  owner: LOCALPLUS_ONCALL_GROUP,
};

/** The demo rotation file with one change, as YAML. */
export function demoFileWith(edit: (file: any) => void): string {
  const file = parse(localplusWeeklyYaml);
  edit(file);
  return stringify(file);
}

/** The problems of a file that must not parse, as `field: message` lines. */
export function problemLines(text: string): string[] {
  const { definition, problems } = parseRotationFile(text, demoFileOptions);
  if (definition) {
    throw new Error('expected the file to be refused, but it parsed');
  }
  return problems.map(p => `${p.field ?? '(file)'}: ${p.message}`);
}
