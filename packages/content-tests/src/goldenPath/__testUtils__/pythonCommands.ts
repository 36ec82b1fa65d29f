import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { debianPython, pythonEnv } from './pythonEnvironment';

/** Commands run in a generated repository: compile, pytest, Alembic. */

export interface CommandResult {
  exitCode: number;
  output: string;
}

/** Runs a command to completion, never rejecting on a non-zero exit. */
export function runCommand(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', chunk => chunks.push(chunk));
    child.stderr.on('data', chunk => chunks.push(chunk));
    const timer = setTimeout(
      () => child.kill('SIGKILL'),
      options.timeoutMs ?? 300_000,
    );
    child.on('error', error => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        exitCode: code ?? (signal ? 128 : 1),
        output: Buffer.concat(chunks).toString(),
      });
    });
  });
}

/** `python3 -m py_compile` on every .py file, with the bytecode kept out of the repository. */
export async function compileAll(
  repoDir: string,
  files: string[],
  cacheDir: string,
): Promise<CommandResult> {
  const sources = files.filter(file => file.endsWith('.py'));
  return runCommand(debianPython, ['-m', 'py_compile', ...sources], {
    cwd: repoDir,
    env: pythonEnv({ PYTHONPYCACHEPREFIX: cacheDir }),
  });
}

export interface PytestSummary {
  passed: number;
  failed: number;
  skipped: number;
  errors: number;
  xfailed: number;
  xpassed: number;
  /** The closing line the counts come from, e.g. "51 passed in 1.14s". */
  line: string;
}

/** The counts in pytest's closing line ("1 failed, 32 passed, 2 skipped, 1 warning in 0.24s"). */
export function parsePytestSummary(output: string): PytestSummary {
  const lines = output
    .split('\n')
    .map(line => line.replace(/^=+\s*|\s*=+$/g, '').trim())
    .filter(line => /\bin [\d.]+s\b/.test(line));
  const line = lines[lines.length - 1];
  if (!line) {
    throw new Error(`no pytest summary line in:\n${output.slice(-2000)}`);
  }
  const count = (word: string) => {
    const match = line.match(new RegExp(`(\\d+) ${word}\\b`));
    return match ? Number(match[1]) : 0;
  };
  return {
    passed: count('passed'),
    failed: count('failed'),
    skipped: count('skipped'),
    errors: count('errors?'),
    xfailed: count('xfailed'),
    xpassed: count('xpassed'),
    line,
  };
}

export interface TestCaseResult {
  /** Dotted module path, e.g. tests.integration.test_database */
  module: string;
  name: string;
  outcome: 'passed' | 'failed' | 'error' | 'skipped';
}

/** Per-test outcomes from pytest's JUnit XML report. */
export function parseJunitXml(xml: string): TestCaseResult[] {
  const results: TestCaseResult[] = [];
  const testcase = /<testcase\b([^>]*?)(\/>|>([\s\S]*?)<\/testcase>)/g;
  for (const match of xml.matchAll(testcase)) {
    const attribute = (key: string) =>
      match[1].match(new RegExp(`\\b${key}="([^"]*)"`))?.[1] ?? '';
    const body = match[3] ?? '';
    let outcome: TestCaseResult['outcome'] = 'passed';
    if (/<failure\b/.test(body)) outcome = 'failed';
    else if (/<error\b/.test(body)) outcome = 'error';
    else if (/<skipped\b/.test(body)) outcome = 'skipped';
    results.push({
      module: attribute('classname'),
      name: attribute('name'),
      outcome,
    });
  }
  return results;
}

export interface PytestRun extends CommandResult {
  summary: PytestSummary;
  tests: TestCaseResult[];
}

/**
 * The repository's own test suite, as `python3 -m pytest -q -p no:cacheprovider`
 * from its root with src/ importable. `testEnv` carries TEST_DATABASE_URL and
 * TEST_VALKEY_URL for the integration tests.
 */
export async function runPytest(
  repoDir: string,
  testEnv: Record<string, string | undefined>,
  reportDir: string,
): Promise<PytestRun> {
  const junit = path.join(reportDir, 'junit.xml');
  const result = await runCommand(
    debianPython,
    ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', `--junitxml=${junit}`],
    { cwd: repoDir, env: pythonEnv({ PYTHONPATH: 'src', ...testEnv }) },
  );
  const xml = await fs.readFile(junit, 'utf8').catch(() => '');
  return {
    ...result,
    summary: parsePytestSummary(result.output),
    tests: parseJunitXml(xml),
  };
}

/** `alembic upgrade head` against `databaseUrl`, the way a migration job would run it. */
export function migrateDatabase(
  repoDir: string,
  databaseUrl: string,
): Promise<CommandResult> {
  return runCommand(debianPython, ['-m', 'alembic', 'upgrade', 'head'], {
    cwd: repoDir,
    env: pythonEnv({ PYTHONPATH: 'src', DATABASE_URL: databaseUrl }),
  });
}

// ------------------------------------------------------------------ Services
