import fs from 'node:fs';
import path from 'node:path';
import { parseDocument, visit } from 'yaml';
import { repoRoot } from './renderKustomization';

/** An environment variable the production configuration substitutes. */
export interface ConfigVariable {
  name: string;
  /** It has a fallback (`${NAME:-default}`), so the deployment may leave it out. */
  hasDefault: boolean;
}

/**
 * Backstage's substitution syntax: `${NAME}` or `${NAME:-default}`; `$${`
 * escapes a literal `${` and is not a variable.
 */
const SUBSTITUTION = /(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)(:-[^}]*)?\}/g;

/**
 * The variables of every string value of a configuration file (comments,
 * which name them too, are not values). A variable used both with and
 * without a default is required.
 */
export function configVariables(yamlText: string): ConfigVariable[] {
  const found = new Map<string, boolean>();
  visit(parseDocument(yamlText), {
    Scalar(_key, node) {
      if (typeof node.value !== 'string') return;
      for (const match of node.value.matchAll(SUBSTITUTION)) {
        const hasDefault = match[2] !== undefined;
        found.set(match[1], (found.get(match[1]) ?? true) && hasDefault);
      }
    },
  });
  return [...found]
    .map(([name, hasDefault]) => ({ name, hasDefault }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function productionConfigVariables(): ConfigVariable[] {
  return configVariables(
    fs.readFileSync(path.join(repoRoot, 'app-config.production.yaml'), 'utf8'),
  );
}
