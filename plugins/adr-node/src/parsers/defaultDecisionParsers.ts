import type { DecisionParser } from '../parser';
import { createMadr2Parser } from './madr2Parser';
import { createMadrParser } from './madrParser';
import { createNygardParser } from './nygardParser';

/**
 * The built-in parsers in the order the backend asks them, after the
 * parsers modules add: MADR 3/4 (front matter, and the fallback for
 * records with no other format's markers), MADR 2 / log4brains, Nygard.
 */
export function defaultDecisionParsers(): DecisionParser[] {
  return [createMadrParser(), createMadr2Parser(), createNygardParser()];
}
