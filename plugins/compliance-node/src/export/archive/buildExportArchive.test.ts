import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExportInput } from '../../__testUtils__/exportInput';
import { readArchive } from '../../__testUtils__/rewriteArchive';
import { validateOscalAssessmentResults } from '../oscal/validateOscalAssessmentResults';
import { buildExportArchive } from './buildExportArchive';

describe('buildExportArchive', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'compliance-export-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('gives the same bytes for the same input, twice', () => {
    const input = buildExportInput();

    expect(
      Buffer.compare(
        buildExportArchive(input),
        buildExportArchive(buildExportInput()),
      ),
    ).toBe(0);
  });

  it('gives other bytes when one observation differs', () => {
    const input = buildExportInput();
    const changed = buildExportInput();
    changed.observations[0].summary = 'Something else.';

    expect(
      Buffer.compare(buildExportArchive(input), buildExportArchive(changed)),
    ).not.toBe(0);
  });

  it('gives the same bytes in every time zone', () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const utc = buildExportArchive(buildExportInput());
      process.env.TZ = 'America/Sao_Paulo';
      const saoPaulo = buildExportArchive(buildExportInput());
      process.env.TZ = 'Pacific/Chatham';
      const chatham = buildExportArchive(buildExportInput());

      expect(Buffer.compare(utc, saoPaulo)).toBe(0);
      expect(Buffer.compare(utc, chatham)).toBe(0);
    } finally {
      process.env.TZ = zone;
    }
  });

  it('holds the sorted files dated at the end of the period, as zipinfo reads them', async () => {
    const input = buildExportInput();
    const path = join(folder, 'export.zip');
    await writeFile(path, buildExportArchive(input));

    const listing = execFileSync('zipinfo', ['-T', path], {
      env: { ...process.env, TZ: 'UTC' },
    })
      .toString()
      .split('\n')
      .filter(line => line.startsWith('-'));

    expect(listing.map(line => line.split(/\s+/).pop())).toEqual([
      'README.txt',
      'SHA256SUMS',
      'assessment-results.json',
      'controls.csv',
      'evaluations.csv',
      'exemptions.csv',
      'ledger.jsonl',
      'observations.csv',
    ]);
    // zipinfo -T prints yyyymmdd.hhmmss; the period of the fixture ends 2025-04-07T00:00:00Z.
    expect(listing.every(line => line.includes(' 20250407.000000 '))).toBe(
      true,
    );
    expect(listing.every(line => line.startsWith('-rw-r--r--'))).toBe(true);
  });

  it('extracts with unzip and checks with sha256sum -c', async () => {
    const path = join(folder, 'export.zip');
    await writeFile(path, buildExportArchive(buildExportInput()));
    execFileSync('unzip', ['-q', path, '-d', join(folder, 'out')]);

    const output = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], {
      cwd: join(folder, 'out'),
    }).toString();

    expect(output.trim().split('\n').sort()).toEqual(
      [
        'README.txt',
        'assessment-results.json',
        'controls.csv',
        'evaluations.csv',
        'exemptions.csv',
        'ledger.jsonl',
        'observations.csv',
      ].map(name => `${name}: OK`),
    );
    const document = JSON.parse(
      await readFile(join(folder, 'out', 'assessment-results.json'), 'utf8'),
    );
    expect(validateOscalAssessmentResults(document).valid).toBe(true);
  });

  it('says in its README how to verify it and which ledger records it holds', () => {
    const input = buildExportInput();
    const readme = Buffer.from(
      readArchive(buildExportArchive(input)).get('README.txt')!,
    ).toString();
    const last = input.ledger.records[input.ledger.records.length - 1];

    expect(readme).toContain('sha256sum -c SHA256SUMS');
    expect(readme).toContain('localplus-compliance-verify');
    expect(readme).toContain(
      `${input.ledger.anchor!.sequence} ${input.ledger.anchor!.hash}`,
    );
    expect(readme).toContain(`${last.sequence} ${last.hash}`);
  });

  it('refuses an input it cannot export, naming the field', () => {
    const input = buildExportInput({ subjects: 1, runs: 1 });
    input.exemptions[0].expiresAt = 'never';

    expect(() => buildExportArchive(input)).toThrow(
      'exemption ex-approved expiresAt is not a date',
    );
  });
});
