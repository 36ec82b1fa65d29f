import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Runs the git CLI in `cwd` with every user and system setting ignored
 * (identity, signing, hooks, templates), so the machine's configuration
 * cannot change or block a commit, and returns its standard output.
 * Arguments go to git as they are: no shell, so user text in a commit
 * message is only ever text. A failure names the git command, the folder
 * and git's own message. For the development stand-ins of GitHub (the
 * golden path's local publisher, the ADR backend's local drafts).
 */
export async function runGit(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run(
      'git',
      [
        '-c',
        'user.name=LOCAL-PLUS Portal',
        '-c',
        'user.email=portal@localplus.example',
        '-c',
        'commit.gpgsign=false',
        '-c',
        'core.hooksPath=/dev/null',
        '-c',
        'init.templateDir=',
        ...args,
      ],
      {
        cwd,
        timeout: 60_000,
        env: {
          PATH: process.env.PATH ?? '',
          GIT_CONFIG_NOSYSTEM: '1',
          GIT_CONFIG_GLOBAL: '/dev/null',
          GIT_TERMINAL_PROMPT: '0',
        },
      },
    );
    return stdout;
  } catch (error) {
    const { stderr } = error as { stderr?: string };
    throw new Error(
      `git ${args[0]} failed in ${cwd}: ${
        stderr?.trim() || (error as Error).message
      }`,
    );
  }
}
