import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';

/** Found from the package's location, so that Jest and the node transform agree. */
export const DATA_DIR = path.join(
  path.dirname(require.resolve('@localplus/devstack/package.json')),
  'data',
);

/** Read when the module that needs it loads, so a malformed file fails startup. */
export function loadDataFile<T extends z.ZodType>(
  name: string,
  schema: T,
  dir = DATA_DIR,
): z.infer<T> {
  const file = path.join(dir, name);
  let content: unknown;
  try {
    content = YAML.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Invalid dev stack data file ${file}: ${error}`);
  }
  const parsed = schema.safeParse(content);
  if (!parsed.success) {
    const { path: at, message } = parsed.error.issues[0];
    const field = at.join('.') || '(the whole file)';
    throw new Error(
      `Invalid dev stack data file ${file}, field ${field}: ${message}`,
    );
  }
  return parsed.data;
}
