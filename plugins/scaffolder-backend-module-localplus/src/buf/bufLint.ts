import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The buf binary shipped inside the @bufbuild/buf npm package. */
export const bufBinary = path.join(
  path.dirname(require.resolve('@bufbuild/buf/package.json')),
  'bin',
  'buf',
);

/**
 * Runs `buf lint` on a module folder (the one holding buf.yaml). Returns the
 * violations, one `file:line:column:message` each; empty when the module is
 * clean. Build errors (syntax, missing imports) come back the same way.
 */
export async function bufLint(moduleDir: string): Promise<string[]> {
  try {
    await run(bufBinary, ['lint', '--error-format', 'text'], {
      cwd: moduleDir,
      timeout: 60_000,
    });
    return [];
  } catch (error) {
    const failure = error as {
      stdout?: string;
      stderr?: string;
      code?: unknown;
    };
    const output = `${failure.stdout ?? ''}${failure.stderr ?? ''}`.trim();
    if (!output) {
      throw error;
    }
    return output.split('\n').filter(line => line.trim() !== '');
  }
}
