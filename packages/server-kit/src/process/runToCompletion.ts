import { spawn } from 'node:child_process';
import { OutputTail } from './OutputTail';

/** The message for a program that is not installed, naming what provides it. */
export function missingProgramMessage(
  command: string,
  installHint: string,
): string {
  return `${command} was not found (${installHint})`;
}

/**
 * Runs a program to its end and rejects, with the tail of its output, when
 * it cannot start or exits with a failure.
 */
export function runToCompletion(
  command: string,
  args: readonly string[],
  installHint: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const tail = new OutputTail();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', chunk => tail.append(chunk));
    child.stderr.on('data', chunk => tail.append(chunk));
    child.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new Error(missingProgramMessage(command, installHint))
          : error,
      );
    });
    child.once('close', (code, signal) => {
      if (code === 0) {
        resolve();
        return;
      }
      reject(
        new Error(
          `${[command, ...args].join(' ')} failed (${
            signal ?? `exit code ${code}`
          }):\n${tail.summary()}`,
        ),
      );
    });
  });
}
