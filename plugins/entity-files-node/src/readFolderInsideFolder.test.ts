import { InputError } from '@backstage/errors';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readFolderInsideFolder } from './readFolderInsideFolder';

const ANNOTATION = 'backstage.io/adr-location';
const MAX_BYTES = 64;

describe('readFolderInsideFolder', () => {
  let root: string;
  let entityFolder: string;
  let adr: string;

  const list = (reference: string, maxFiles = 10) =>
    readFolderInsideFolder(
      path.join(entityFolder, 'catalog-info.yaml'),
      reference,
      {
        annotation: ANNOTATION,
        what: 'decision folder',
        maxBytes: MAX_BYTES,
        maxFiles,
        include: name => name.endsWith('.md'),
      },
    );

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'folder-inside-'));
    entityFolder = path.join(root, 'docs');
    adr = path.join(entityFolder, 'adr');
    fs.mkdirSync(path.join(adr, 'nested'), { recursive: true });
    fs.writeFileSync(path.join(entityFolder, 'catalog-info.yaml'), 'kind: x');
    fs.writeFileSync(path.join(adr, '0002-second.md'), 'two');
    fs.writeFileSync(path.join(adr, '0001-first.md'), 'one');
    fs.writeFileSync(path.join(adr, 'diagram.png'), 'png');
    fs.writeFileSync(path.join(adr, 'nested', '0003-deep.md'), 'deep');
    fs.writeFileSync(path.join(root, 'secret.md'), 'do not read');
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it("reads the included files of the folder's top level, in name order", async () => {
    await expect(list('./adr')).resolves.toEqual({
      location: './adr',
      files: [
        {
          fileName: '0001-first.md',
          location: './adr/0001-first.md',
          text: 'one',
        },
        {
          fileName: '0002-second.md',
          location: './adr/0002-second.md',
          text: 'two',
        },
      ],
      skipped: [],
      omitted: 0,
    });
  });

  it('names files under the path as annotated, without a doubled slash', async () => {
    const contents = await list('adr/');
    expect(contents.files.map(f => f.location)).toEqual([
      'adr/0001-first.md',
      'adr/0002-second.md',
    ]);
  });

  it("accepts the entity's own folder", async () => {
    fs.writeFileSync(path.join(entityFolder, '0009-here.md'), 'here');
    const contents = await list('.');
    expect(contents.files).toEqual([
      { fileName: '0009-here.md', location: './0009-here.md', text: 'here' },
    ]);
  });

  it('reads at most maxFiles and counts the rest', async () => {
    const contents = await list('./adr', 1);
    expect(contents.files.map(f => f.fileName)).toEqual(['0001-first.md']);
    expect(contents.omitted).toBe(1);
  });

  it.each([
    ['a parent-directory escape', '..'],
    ['an escape through the folder', './adr/../../'],
  ])('refuses %s', async (_, reference) => {
    await expect(list(reference)).rejects.toThrow(
      `The ${ANNOTATION} annotation points outside the entity's folder: ${reference}`,
    );
  });

  it.each([
    ['an absolute path', '/etc'],
    ['a file URL', 'file:///etc'],
    ['an http URL', 'https://example.com/adr'],
  ])('refuses %s', async (_, reference) => {
    await expect(list(reference)).rejects.toThrow(
      `must be a path relative to the entity's file, not ${reference}`,
    );
  });

  it('refuses a linked folder that leads outside', async () => {
    fs.symlinkSync(root, path.join(entityFolder, 'up'));
    await expect(list('./up')).rejects.toThrow(
      "points outside the entity's folder: ./up",
    );
  });

  it('follows a linked folder that stays inside', async () => {
    fs.symlinkSync(adr, path.join(entityFolder, 'decisions'));
    const contents = await list('./decisions');
    expect(contents.files).toHaveLength(2);
  });

  it('says a missing folder does not exist and a file is not a folder', async () => {
    await expect(list('./missing')).rejects.toThrow(
      'The decision folder ./missing does not exist',
    );
    await expect(list('./adr/0001-first.md')).rejects.toThrow(
      'The decision folder ./adr/0001-first.md is not a folder',
    );
    await expect(list('./missing')).rejects.toThrow(InputError);
  });

  it('skips, with a reason, a file linked from outside and a dangling link', async () => {
    fs.symlinkSync(
      path.join(root, 'secret.md'),
      path.join(adr, '0003-leak.md'),
    );
    fs.symlinkSync(path.join(adr, 'gone.md'), path.join(adr, '0004-gone.md'));
    const contents = await list('./adr');
    expect(contents.files.map(f => f.fileName)).toEqual([
      '0001-first.md',
      '0002-second.md',
    ]);
    expect(contents.skipped).toEqual([
      {
        fileName: '0003-leak.md',
        location: './adr/0003-leak.md',
        reason: "is a link leading outside the entity's folder",
      },
      {
        fileName: '0004-gone.md',
        location: './adr/0004-gone.md',
        reason: 'is a link to a file that does not exist',
      },
    ]);
    expect(JSON.stringify(contents)).not.toContain('do not read');
  });

  it('follows a link to a file inside the folder', async () => {
    fs.symlinkSync(
      path.join(adr, '0001-first.md'),
      path.join(adr, '0005-alias.md'),
    );
    const contents = await list('./adr');
    expect(contents.files.find(f => f.fileName === '0005-alias.md')?.text).toBe(
      'one',
    );
  });

  it('skips a named pipe without waiting on it, and a folder with an included name', async () => {
    execFileSync('mkfifo', [path.join(adr, '0006-pipe.md')]);
    fs.mkdirSync(path.join(adr, '0007-folder.md'));
    const contents = await list('./adr');
    expect(contents.skipped.map(s => [s.fileName, s.reason])).toEqual([
      ['0006-pipe.md', 'is not a regular file'],
      ['0007-folder.md', 'is not a regular file'],
    ]);
  });

  it('skips a file over the size limit and reads one of exactly the limit', async () => {
    fs.writeFileSync(
      path.join(adr, '0008-big.md'),
      Buffer.alloc(MAX_BYTES + 1, 'a'),
    );
    fs.writeFileSync(
      path.join(adr, '0009-full.md'),
      Buffer.alloc(MAX_BYTES, 'a'),
    );
    const contents = await list('./adr');
    expect(contents.skipped).toEqual([
      {
        fileName: '0008-big.md',
        location: './adr/0008-big.md',
        reason: `is larger than ${MAX_BYTES} bytes`,
      },
    ]);
    expect(
      contents.files.find(f => f.fileName === '0009-full.md')?.text,
    ).toHaveLength(MAX_BYTES);
  });
});
