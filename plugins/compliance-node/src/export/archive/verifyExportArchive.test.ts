import { zipSync } from 'fflate';
import { buildExportInput } from '../../__testUtils__/exportInput';
import { editText, rewriteArchive } from '../../__testUtils__/rewriteArchive';
import { buildExportArchive } from './buildExportArchive';
import { verifyExportArchive } from './verifyExportArchive';

const input = buildExportInput({ subjects: 3, runs: 3 });
const archive = buildExportArchive(input);
const lastRecord = input.ledger.records[input.ledger.records.length - 1];

/** Replaces ledger record `sequence` in ledger.jsonl with `change(record)`. */
function editLedger(
  sequence: number,
  change: (record: any) => any | undefined,
) {
  return rewriteArchive(archive, files =>
    editText(files, 'ledger.jsonl', text =>
      text
        .split('\n')
        .flatMap(line => {
          if (
            !line.includes(`"sequence":${sequence},`) ||
            line.startsWith('{"anchor"')
          )
            return [line];
          const changed = change(JSON.parse(line));
          return changed === undefined ? [] : [JSON.stringify(changed)];
        })
        .join('\n'),
    ),
  );
}

describe('verifyExportArchive', () => {
  it('verifies an export', () => {
    const verification = verifyExportArchive(archive);

    expect(verification).toMatchObject({
      ok: true,
      problems: [],
      oscal: { valid: true, errors: [] },
      ledger: {
        ok: true,
        records: input.ledger.records.length,
        headSequence: lastRecord.sequence,
        headHash: lastRecord.hash,
      },
    });
    expect(verification.files).toHaveLength(7);
    expect(verification.files.every(file => file.ok)).toBe(true);
  });

  it('verifies an export of a period that starts the ledger', () => {
    expect(
      verifyExportArchive(
        buildExportArchive(buildExportInput({ anchored: false })),
      ).ok,
    ).toBe(true);
  });

  it('finds a file changed after the export', () => {
    const tampered = rewriteArchive(
      archive,
      files =>
        editText(files, 'controls.csv', text =>
          text.replace('weekly', 'daily'),
        ),
      { updateSums: false },
    );

    const verification = verifyExportArchive(tampered);

    expect(verification.ok).toBe(false);
    expect(
      verification.files.find(file => file.name === 'controls.csv'),
    ).toMatchObject({
      ok: false,
      reason: expect.stringContaining('SHA256SUMS says'),
    });
  });

  it('finds an edited ledger record even when SHA256SUMS was recomputed', () => {
    const tampered = editLedger(10, record => ({
      ...record,
      payload: { ...record.payload, summary: 'Edited after the fact.' },
    }));

    const verification = verifyExportArchive(tampered);

    expect(verification.files.every(file => file.ok)).toBe(true);
    expect(verification.ok).toBe(false);
    expect(verification.ledger?.firstBroken).toMatchObject({
      sequence: 10,
      reason: 'hash-mismatch',
    });
  });

  it('finds a deleted ledger record, and evidence that points at it', () => {
    const cited = input.observations[0].sequence;
    const verification = verifyExportArchive(
      editLedger(cited, () => undefined),
    );

    expect(verification.ledger?.firstBroken).toMatchObject({
      sequence: cited + 1,
      reason: 'sequence-gap',
    });
    expect(verification.problems.join('\n')).toContain(
      `cites ledger hash ${input.observations[0].hash}, which ledger.jsonl does not hold`,
    );
  });

  it('finds a ledger that does not start at its anchor', () => {
    const tampered = rewriteArchive(archive, files =>
      editText(files, 'ledger.jsonl', text =>
        text.replace(/^\{"anchor":\{"sequence":2,/, '{"anchor":{"sequence":1,'),
      ),
    );

    expect(verifyExportArchive(tampered).ledger?.firstBroken).toMatchObject({
      sequence: 3,
      reason: 'sequence-gap',
    });
  });

  it('finds records cut from the end only against the head the auditor knows', () => {
    const cut = editLedger(lastRecord.sequence, () => undefined);
    const head = { sequence: lastRecord.sequence, hash: lastRecord.hash };

    expect(verifyExportArchive(cut).ledger?.ok).toBe(true);
    expect(
      verifyExportArchive(cut, { expectedHead: head }).ledger?.firstBroken,
    ).toMatchObject({
      sequence: lastRecord.sequence,
      reason: 'sequence-gap',
    });
    expect(verifyExportArchive(archive, { expectedHead: head }).ok).toBe(true);
  });

  it('finds an observation whose ledger hash the archive does not hold', () => {
    const forged = 'f'.repeat(64);
    const tampered = rewriteArchive(archive, files =>
      editText(files, 'assessment-results.json', text =>
        text.replaceAll(input.observations[0].hash, forged),
      ),
    );

    const verification = verifyExportArchive(tampered);

    expect(verification.ok).toBe(false);
    expect(verification.oscal.valid).toBe(true);
    expect(verification.problems).toEqual([
      expect.stringContaining(
        `cites ledger hash ${forged}, which ledger.jsonl does not hold`,
      ),
    ]);
  });

  it('finds an observation citing a record under the wrong sequence number', () => {
    const { sequence, hash } = input.observations[0];
    const tampered = rewriteArchive(archive, files =>
      editText(files, 'assessment-results.json', text => {
        const document = JSON.parse(text);
        for (const observation of document['assessment-results'].results[0]
          .observations) {
          for (const evidence of observation['relevant-evidence']) {
            for (const prop of evidence.props) {
              if (
                prop.name === 'ledger-sequence' &&
                prop.value === String(sequence)
              ) {
                prop.value = String(sequence + 1);
              }
            }
          }
        }
        return JSON.stringify(document);
      }),
    );

    expect(verifyExportArchive(tampered).problems).toEqual([
      expect.stringContaining(
        `cites ledger record ${
          sequence + 1
        } with hash ${hash}, which ledger.jsonl holds as record ${sequence}`,
      ),
    ]);
  });

  it('finds an OSCAL document that no longer matches the schema', () => {
    const tampered = rewriteArchive(archive, files =>
      editText(files, 'assessment-results.json', text =>
        text.replace('"oscal-version"', '"oscal-release"'),
      ),
    );

    const verification = verifyExportArchive(tampered);

    expect(verification.oscal.valid).toBe(false);
    expect(verification.oscal.errors).toContain(
      "/assessment-results/metadata: must have required property 'oscal-version'",
    );
  });

  it('finds an OSCAL document that breaks a metaschema constraint the schema cannot express', () => {
    const tampered = rewriteArchive(archive, files =>
      editText(files, 'assessment-results.json', text => {
        const document = JSON.parse(text);
        document['assessment-results'].metadata.parties.pop();
        return JSON.stringify(document, null, 2);
      }),
    );

    const verification = verifyExportArchive(tampered);

    expect(verification.ok).toBe(false);
    expect(verification.files.every(file => file.ok)).toBe(true);
    expect(verification.oscal.valid).toBe(false);
    expect(verification.oscal.errors).toContainEqual(
      expect.stringMatching(
        /^\/assessment-results\/metadata\/responsible-parties\/\d+\/party-uuids\/\d+: party-uuids "[0-9a-f-]+" names no party of metadata.parties \[index-has-key index-metadata-party-uuid/,
      ),
    );
  });

  it('reports an OSCAL file that is not JSON', () => {
    const tampered = rewriteArchive(archive, files =>
      editText(files, 'assessment-results.json', text => text.slice(0, 100)),
    );

    expect(verifyExportArchive(tampered).oscal.errors[0]).toMatch(
      /^assessment-results.json is not JSON/,
    );
  });

  it('finds a file removed together with its SHA256SUMS line', () => {
    const tampered = rewriteArchive(archive, files =>
      files.delete('exemptions.csv'),
    );

    const verification = verifyExportArchive(tampered);

    expect(verification.ok).toBe(false);
    expect(verification.problems).toEqual([
      'The archive has no exemptions.csv.',
    ]);
  });

  it('finds a file missing from the archive and a file SHA256SUMS does not list', () => {
    const missing = rewriteArchive(
      archive,
      files => files.delete('controls.csv'),
      { updateSums: false },
    );
    const extra = rewriteArchive(
      archive,
      files => files.set('notes.txt', Buffer.from('hi')),
      {
        updateSums: false,
      },
    );

    expect(verifyExportArchive(missing).files).toContainEqual({
      name: 'controls.csv',
      ok: false,
      reason: 'listed in SHA256SUMS but missing from the archive',
    });
    expect(verifyExportArchive(extra).files).toContainEqual({
      name: 'notes.txt',
      ok: false,
      reason: 'not listed in SHA256SUMS',
    });
  });

  it('checks nothing as fine without SHA256SUMS, and reports unreadable manifest lines', () => {
    const noManifest = verifyExportArchive(
      rewriteArchive(archive, files => files.delete('SHA256SUMS'), {
        updateSums: false,
      }),
    );
    const badLine = verifyExportArchive(
      rewriteArchive(
        archive,
        files => editText(files, 'SHA256SUMS', text => `${text}garbage\n`),
        {
          updateSums: false,
        },
      ),
    );

    expect(noManifest.ok).toBe(false);
    expect(noManifest.files.every(file => !file.ok)).toBe(true);
    expect(noManifest.problems).toContain(
      'The archive has no SHA256SUMS: no file can be checked.',
    );
    expect(badLine.problems).toContain(
      'SHA256SUMS line 8 is not "<sha-256>  <file name>"',
    );
  });

  it.each([
    [
      'bytes that are not a zip',
      new Uint8Array([1, 2, 3, 4]),
      'not a readable zip archive',
    ],
    ['an empty file', new Uint8Array(), 'not a readable zip archive'],
    [
      'a path that climbs out',
      zipSync({ '../../etc/cron.d/x': Buffer.from('x') }),
      'climbs out of the archive',
    ],
    [
      'an absolute path',
      zipSync({ '/etc/passwd': Buffer.from('x') }),
      'has an absolute name',
    ],
    [
      'a Windows path',
      zipSync({ 'C:/Windows/x': Buffer.from('x') }),
      'has an absolute name',
    ],
    [
      'a backslash path',
      zipSync({ '..\\x': Buffer.from('x') }),
      'has a backslash in its name',
    ],
    [
      'too many entries',
      zipSync(
        Object.fromEntries(
          Array.from({ length: 33 }, (_, index) => [
            `f${index}`,
            Buffer.from('x'),
          ]),
        ),
      ),
      'more than 32 entries',
    ],
  ])('refuses %s before reading it', (_name, bytes, message) => {
    const verification = verifyExportArchive(bytes);

    expect(verification.ok).toBe(false);
    expect(verification.files).toEqual([]);
    expect(verification.ledger).toBeNull();
    expect(verification.problems).toEqual([expect.stringContaining(message)]);
  });

  it('refuses an archive whose declared sizes exceed the limits, before inflating', () => {
    const limits = { maxEntries: 32, maxEntryBytes: 1000, maxTotalBytes: 1500 };
    const oneLarge = zipSync({ big: new Uint8Array(1001) });
    const manySmall = zipSync({
      a: new Uint8Array(800),
      b: new Uint8Array(800),
    });

    expect(verifyExportArchive(oneLarge, { limits }).problems[0]).toContain(
      'entry "big" declares 1001 bytes, over the limit of 1000',
    );
    expect(verifyExportArchive(manySmall, { limits }).problems[0]).toContain(
      'the entries declare more than 1500 bytes in all',
    );
  });

  it('never inflates past the declared size of a zip bomb that lies about it', () => {
    // 64 MiB of zeros deflate to about 64 KiB; the central directory is
    // rewritten to declare 10 bytes.
    const bomb = zipSync({ 'ledger.jsonl': new Uint8Array(64 * 1024 * 1024) });
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    const central = view.getUint32(bomb.length - 22 + 16, true);
    view.setUint32(central + 24, 10, true);
    const before = process.memoryUsage().arrayBuffers;

    const verification = verifyExportArchive(bomb);

    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(
      32 * 1024 * 1024,
    );
    expect(verification.ok).toBe(false);
    expect(verification.problems.join('\n')).toContain(
      'The archive has no SHA256SUMS',
    );
  });

  it('refuses an entry shorter than it declares', () => {
    const liar = zipSync({ 'a.txt': [Buffer.from('short'), { level: 0 }] });
    const view = new DataView(liar.buffer, liar.byteOffset, liar.byteLength);
    const central = view.getUint32(liar.length - 22 + 16, true);
    view.setUint32(central + 24, 500, true);

    expect(verifyExportArchive(liar).problems[0]).toContain(
      'entry "a.txt" holds 5 bytes but declares 500',
    );
  });
});
