import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { buildExportInput } from '../__testUtils__/exportInput';
import { editText, rewriteArchive } from '../__testUtils__/rewriteArchive';
import { buildExportArchive } from '../export/archive/buildExportArchive';
import { main } from './cli';

const BIN = resolve(__dirname, '../../bin/localplus-compliance-verify.cjs');
const input = buildExportInput({ subjects: 3, runs: 2 });
const archive = buildExportArchive(input);
const head = input.ledger.records[input.ledger.records.length - 1];
const tamperedRecord = input.observations[2].sequence;
const tampered = rewriteArchive(archive, files =>
  editText(files, 'ledger.jsonl', text =>
    text.replace(
      `{"sequence":${tamperedRecord},"recordedAt":"`,
      `{"sequence":${tamperedRecord},"recordedAt":"1`,
    ),
  ),
);

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: text => (stdout += text),
    stderr: text => (stderr += text),
  });
  return { code, stdout, stderr };
}

describe('localplus-compliance-verify', () => {
  let folder: string;
  let good: string;
  let bad: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'compliance-verify-'));
    good = join(folder, 'localplus-compliance-2025-01-06-2025-04-07.zip');
    bad = join(folder, 'tampered.zip');
    await writeFile(good, archive);
    await writeFile(bad, tampered);
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  describe('main', () => {
    it('exits 0 and says what it verified', async () => {
      const { code, stdout, stderr } = await run([good]);

      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toContain(`VERIFIED ${good}`);
      expect(stdout).toContain('Files: 7 of 7 match SHA256SUMS.');
      expect(stdout).toContain(`head record ${head.sequence} ${head.hash}`);
      expect(stdout).toContain('valid OSCAL 1.0.6');
    });

    it('exits 1 and names the first broken record', async () => {
      const { code, stdout } = await run([bad]);

      expect(code).toBe(1);
      expect(stdout).toContain(`NOT VERIFIED ${bad}`);
      expect(stdout).toContain(
        `Ledger: broken at record ${tamperedRecord} (hash-mismatch)`,
      );
    });

    it('exits 1 and names the file that does not match SHA256SUMS', async () => {
      const changed = join(folder, 'changed.zip');
      await writeFile(
        changed,
        rewriteArchive(
          archive,
          files => editText(files, 'controls.csv', text => `${text}x\r\n`),
          {
            updateSums: false,
          },
        ),
      );

      const { code, stdout } = await run([changed]);

      expect(code).toBe(1);
      expect(stdout).toContain('Files: 6 of 7 match SHA256SUMS.');
      expect(stdout).toMatch(
        / {2}controls\.csv: SHA-256 is [0-9a-f]{64}, SHA256SUMS says [0-9a-f]{64}/,
      );
    });

    it('checks the chain against a head given on the command line', async () => {
      const wrongHead = `${head.sequence + 5}:${head.hash}`;

      expect(
        (await run(['--head', `${head.sequence}:${head.hash}`, good])).code,
      ).toBe(0);
      const { code, stdout } = await run(['--head', wrongHead, good]);
      expect(code).toBe(1);
      expect(stdout).toContain(
        `records ${head.sequence + 1} to ${head.sequence + 5} are missing`,
      );
    });

    it('prints the whole verification as JSON', async () => {
      const { code, stdout } = await run(['--json', bad]);

      expect(code).toBe(1);
      expect(JSON.parse(stdout)).toMatchObject({
        ok: false,
        ledger: {
          firstBroken: { sequence: tamperedRecord, reason: 'hash-mismatch' },
        },
      });
    });

    it('exits 1 for a file that is not a zip', async () => {
      const text = join(folder, 'notes.zip');
      await writeFile(text, 'not a zip at all');

      const { code, stdout } = await run([text]);

      expect(code).toBe(1);
      expect(stdout).toContain(
        'The archive was refused: not a readable zip archive',
      );
    });

    it.each([
      [[], 'Give the export archive to verify.'],
      [['a.zip', 'b.zip'], 'Give one export archive.'],
      [['--fast', 'a.zip'], 'Unknown option --fast.'],
      [
        ['--head', '12:abc', 'a.zip'],
        '--head needs <sequence>:<64 lower-case hex digits>, not "12:abc".',
      ],
      [
        ['--head'],
        '--head needs <sequence>:<64 lower-case hex digits>, not "".',
      ],
    ])('exits 2 with the usage for %j', async (argv, message) => {
      const { code, stdout, stderr } = await run(argv);

      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(message);
      expect(stderr).toContain('Usage: localplus-compliance-verify');
    });

    it('exits 2 for a file it cannot read', async () => {
      expect(await run([join(folder, 'missing.zip')])).toMatchObject({
        code: 2,
        stderr: expect.stringContaining('ENOENT'),
      });
      expect(await run([folder])).toMatchObject({
        code: 2,
        stderr: `${folder} is not a file.\n`,
      });
    });

    it('prints the usage on --help', async () => {
      expect(await run(['--help'])).toMatchObject({
        code: 0,
        stdout: expect.stringContaining('Exit codes'),
      });
    });
  });

  describe('as a process', () => {
    const spawnVerifier = async (...argv: string[]) => {
      try {
        const { stdout, stderr } = await promisify(execFile)(process.execPath, [
          BIN,
          ...argv,
        ]);
        return { code: 0, stdout, stderr };
      } catch (error) {
        const failed = error as {
          code: number;
          stdout: string;
          stderr: string;
        };
        return {
          code: failed.code,
          stdout: failed.stdout,
          stderr: failed.stderr,
        };
      }
    };

    it('verifies a real export file', async () => {
      const { code, stdout } = await spawnVerifier(good);

      expect(stdout).toContain(`VERIFIED ${good}`);
      expect(code).toBe(0);
    }, 60_000);

    it('refuses a tampered export file with exit code 1', async () => {
      const { code, stdout } = await spawnVerifier(bad);

      expect(stdout).toContain(`broken at record ${tamperedRecord}`);
      expect(code).toBe(1);
    }, 60_000);

    it('exits 2 for a missing file', async () => {
      const { code, stderr } = await spawnVerifier(join(folder, 'missing.zip'));

      expect(stderr).toContain('Cannot read');
      expect(code).toBe(2);
    }, 60_000);
  });
});
