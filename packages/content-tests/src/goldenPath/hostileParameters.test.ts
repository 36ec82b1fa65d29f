import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  dryRunGoldenPath,
  logLines,
  startGoldenPathBackend,
} from './__testUtils__/goldenPathTestBackend';
import { goldenPathCases } from './__testUtils__/parameterMatrix';

jest.setTimeout(60_000);

const valid = goldenPathCases[1].values;

/**
 * Hostile values must fail with a clear message and generate nothing, both
 * through the form's JSON schema and, for a client that skips the form,
 * through the template's own server-side check.
 */
describe('the LOCAL-PLUS service template with hostile input', () => {
  let backend: Awaited<ReturnType<typeof startGoldenPathBackend>>;
  const canary = path.join(os.tmpdir(), `golden-path-canary-${process.pid}`);

  beforeAll(async () => {
    backend = await startGoldenPathBackend();
  });
  afterAll(() => backend?.stop());

  const hostile: Array<[string, Record<string, unknown>, RegExp]> = [
    [
      'path traversal in the name',
      { name: `../../..${canary}` },
      /name: must start with "svc-"/,
    ],
    [
      'an upper-case name',
      { name: 'svc-Loyalty' },
      /name: must start with "svc-"/,
    ],
    [
      'a 200-character name',
      { name: `svc-${'a'.repeat(196)}` },
      /name: must be at most 40 characters/,
    ],
    ['shell metacharacters', { name: `svc-x$(touch ${canary})` }, /name: /],
    [
      'a template expression in the description',
      { description: 'Leaks ${{ secrets.token }} into files' },
      /description: may only contain/,
    ],
    [
      'a nunjucks tag in the description',
      { description: "Runs {% include '/etc/passwd' %} here" },
      /description: may only contain/,
    ],
    [
      'a Vault path of another service',
      { secrets: [{ name: 'db', vaultPath: 'localplus/svc-ledger/database' }] },
      /secrets\[0\]\.vaultPath: must be under localplus\/svc-referral\//,
    ],
    [
      'an existing catalog name',
      { name: 'svc-ledger' },
      /name: "svc-ledger" is already taken in the catalog/,
    ],
  ];

  it.each(hostile)(
    'refuses %s in the server-side step and generates nothing',
    async (_label, change, message) => {
      const result = await dryRunGoldenPath(
        backend.server,
        { ...valid, ...change },
        { withoutFormSchema: true },
      );
      expect({ status: result.status, name: result.body.error?.name }).toEqual({
        status: 400,
        name: 'InputError',
      });
      expect(result.body.error?.message).toMatch(message);
      expect(logLines(result).join('\n')).not.toMatch(
        /Beginning step Generate the repository/,
      );
      expect(result.body.directoryContents ?? []).toEqual([]);
      await expect(fs.stat(canary)).rejects.toThrow(/ENOENT/);
    },
  );

  it.each([
    ['path traversal in the name', { name: '../../etc/passwd' }],
    ['an upper-case name', { name: 'svc-Loyalty' }],
    ['a 200-character name', { name: `svc-${'a'.repeat(196)}` }],
    ['an unknown API style', { apiStyle: 'soap' }],
    [
      'a public path with a query',
      { exposure: 'public', publicPath: '/x?debug=1' },
    ],
  ])('answers 400 to %s through the form schema', async (_label, change) => {
    const result = await dryRunGoldenPath(backend.server, {
      ...valid,
      ...change,
    });
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ message: expect.any(String) }),
      ]),
    );
  });
});
