/*
 * Runs `scripts/config-schemas.ts --print` (the compile `yarn config-schemas`
 * does, printed instead of written) for the content tests of this folder.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

export const repoRoot = path.resolve(__dirname, '../../../../..');
const script = path.join(repoRoot, 'scripts/config-schemas.ts');

/** The script's output: one compiled schema per package folder. */
export interface PrintedSchema {
  dir: string;
  name: string;
  version?: string;
  schema: unknown;
}

/** Our packages' schemas, or with `dependencyDirs` those folders' instead. */
export async function printConfigSchemas(
  dependencyDirs: string[] = [],
): Promise<PrintedSchema[]> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--require',
      require.resolve('@backstage/cli-node/config/nodeTransform.cjs'),
      script,
      '--print',
      ...dependencyDirs.flatMap(dir => ['--dependency', dir]),
    ],
    { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout);
}
