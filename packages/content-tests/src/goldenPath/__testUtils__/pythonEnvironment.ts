import os from 'node:os';

/**
 * Running a generated svc-* repository for real, for the golden-path harness:
 * its own pytest suite and the app itself, with Debian's Python and packages
 * (python3-fastapi, python3-sqlalchemy, ...) rather than a virtualenv, since
 * the harness cannot reach PyPI.
 */

/** Debian's interpreter: not whatever `python3` is first on PATH (pyenv, a venv). */
export const debianPython = '/usr/bin/python3';

/**
 * The environment every Python process of the harness starts from: nothing
 * inherited from the Node process (no proxy settings, no pyenv, no user site
 * packages), Debian's PATH, and no bytecode written into the repository.
 */
export function pythonEnv(
  extra: Record<string, string | undefined> = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: '/usr/bin:/bin',
    HOME: os.tmpdir(),
    LANG: 'C.UTF-8',
    TZ: 'UTC',
    PYTHONDONTWRITEBYTECODE: '1',
    PYTHONNOUSERSITE: '1',
    PYTHONUNBUFFERED: '1',
  };
  for (const [name, value] of Object.entries(extra)) {
    if (value !== undefined) {
      env[name] = value;
    }
  }
  return env;
}
