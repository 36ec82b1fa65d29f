import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Command lines of the running processes that mention `text`. */
export function processesMentioning(text: string): string[] {
  return execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
    .split('\n')
    .filter(line => line.includes(text) && !line.startsWith('ps '));
}

const fakeDirs: string[] = [];

/**
 * Points `os.tmpdir()` at a fresh folder for this test file, so a test can
 * tell what a launcher left there; returns that folder.
 */
export function isolateTmpDir(): { dir: () => string } {
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'server-kit-test-'));
    // Readable by the postgres user that ThrowawayPostgres runs as under root.
    fs.chmodSync(dir, 0o755);
    jest.spyOn(os, 'tmpdir').mockReturnValue(dir);
  });
  afterAll(() => {
    jest.restoreAllMocks();
    fs.rmSync(dir, { recursive: true, force: true });
    fakeDirs
      .splice(0)
      .forEach(fake => fs.rmSync(fake, { recursive: true, force: true }));
  });
  return { dir: () => dir };
}

/**
 * A program that runs until stopped and never answers: a server that never
 * gets ready. Written outside the isolated folder.
 */
export function neverReadyProgram(): string {
  const fakeDir = fs.mkdtempSync(path.join('/tmp', 'server-kit-fake-'));
  fakeDirs.push(fakeDir);
  const file = path.join(fakeDir, 'never-ready');
  fs.writeFileSync(
    file,
    "#!/bin/sh\ntrap 'exit 0' TERM\nwhile :; do sleep 0.1; done\n",
    { mode: 0o755 },
  );
  return file;
}
