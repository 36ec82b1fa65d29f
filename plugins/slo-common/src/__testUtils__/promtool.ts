import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** The real Prometheus tool; `PROMTOOL=...` points the tests at another build. */
export const PROMTOOL = process.env.PROMTOOL ?? '/usr/bin/promtool';

export type PromtoolResult = { exitCode: number; output: string };

/**
 * Runs promtool and resolves with its exit code and output (stdout then
 * stderr) whatever the outcome, so tests can assert a failure as precisely
 * as a success. Only a missing binary or a timeout rejects.
 */
export function runPromtool(
  args: string[],
  cwd: string,
): Promise<PromtoolResult> {
  return new Promise((resolve, reject) => {
    execFile(
      PROMTOOL,
      args,
      { cwd, timeout: 60_000 },
      (error, stdout, stderr) => {
        const output = `${stdout}${stderr}`;
        if (!error) {
          resolve({ exitCode: 0, output });
        } else if (typeof error.code === 'number' && !error.killed) {
          resolve({ exitCode: error.code, output });
        } else {
          reject(error);
        }
      },
    );
  });
}

export type ScratchDir = {
  dir: string;
  /** Writes `content` to `name` in the directory and returns its path. */
  write(name: string, content: string): Promise<string>;
  remove(): Promise<void>;
};

export async function createScratchDir(prefix: string): Promise<ScratchDir> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  return {
    dir,
    async write(name, content) {
      const file = path.join(dir, name);
      await fs.writeFile(file, content, 'utf8');
      return file;
    },
    remove: () => fs.rm(dir, { recursive: true, force: true }),
  };
}
