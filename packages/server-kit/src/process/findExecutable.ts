import fs from 'node:fs';
import path from 'node:path';

/**
 * The full path of `command` as the shell would find it on `envPath` (a
 * `PATH` value; none means nothing is found), or undefined. A command given
 * with a slash is checked as it is.
 */
export function findExecutable(
  command: string,
  envPath: string | undefined,
): string | undefined {
  const candidates = command.includes('/')
    ? [path.resolve(command)]
    : (envPath ?? '')
        .split(path.delimiter)
        .filter(Boolean)
        .map(dir => path.join(dir, command));
  return candidates.find(candidate => {
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return fs.statSync(candidate).isFile();
    } catch {
      return false;
    }
  });
}
