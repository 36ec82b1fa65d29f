import type { DecisionParser } from '@localplus/plugin-adr-node';

/**
 * The parsers in the order they are asked: modules' parsers first (a team's
 * own format wins over the built-in guess), then the built-in ones. Two
 * parsers with one id stop the backend at startup, naming the id.
 */
export function installedParsers(
  fromModules: DecisionParser[],
  builtIn: DecisionParser[],
): DecisionParser[] {
  const parsers = [...fromModules, ...builtIn];
  const seen = new Set<string>();
  for (const parser of parsers) {
    if (typeof parser.id !== 'string' || parser.id.trim() === '') {
      throw new Error('A decision parser was installed without an id');
    }
    if (seen.has(parser.id)) {
      throw new Error(
        `Two decision parsers have the id "${parser.id}"; each id may be installed once`,
      );
    }
    seen.add(parser.id);
  }
  return parsers;
}
