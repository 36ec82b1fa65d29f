import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * The Python interpreter that runs the `mkdocs` on the PATH (its script's
 * `#!` line), the way the TechDocs generator runs it: Debian's, with the
 * Python-Markdown, pymdownx and plugins of the portal's image.
 */
export function mkdocsPython(): string {
  const mkdocs = execFileSync('sh', ['-c', 'command -v mkdocs'], {
    encoding: 'utf8',
  }).trim();
  const shebang = fs.readFileSync(mkdocs, 'utf8').split('\n')[0];
  const match = /^#!\s*(\S+)/.exec(shebang);
  if (!match) {
    throw new Error(`${mkdocs} has no #! line naming its Python`);
  }
  return match[1];
}

/** Runs a Python snippet with mkdocs' interpreter; returns its standard output. */
export function runMkdocsPython(
  code: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  return execFileSync(mkdocsPython(), ['-c', code], { encoding: 'utf8', env });
}
