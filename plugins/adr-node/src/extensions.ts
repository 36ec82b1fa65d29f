import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type { DecisionParser } from './parser';

/** Where backend modules add decision-record parsers to the ADR backend. */
export interface AdrParsersExtensionPoint {
  /** Adds a parser, asked before the built-in ones; a second parser with the same `id` is refused at startup. */
  addParser(parser: DecisionParser): void;
}

export const adrParsersExtensionPoint =
  createExtensionPoint<AdrParsersExtensionPoint>({
    id: 'adr.parsers',
  });
