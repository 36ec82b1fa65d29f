import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { readEntityRelativeFile } from './readEntityRelativeFile';

const ANNOTATION = 'localplus.io/rotation';
const MAX_BYTES = 64;

function entityAt(location: string | undefined, reference?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name: 'team',
      annotations: {
        ...(location ? { 'backstage.io/managed-by-location': location } : {}),
        ...(reference !== undefined ? { [ANNOTATION]: reference } : {}),
      },
    },
    spec: { type: 'team', children: [] },
  };
}

describe('readEntityRelativeFile', () => {
  let root: string;
  let entityFolder: string;
  const urlReader = mockServices.urlReader.mock();

  const read = (entity: Entity) =>
    readEntityRelativeFile(entity, {
      annotation: ANNOTATION,
      urlReader,
      maxBytes: MAX_BYTES,
      what: 'rotation file',
    });
  const fromFile = (reference: string) =>
    read(
      entityAt(
        `file:${path.join(entityFolder, 'catalog-info.yaml')}`,
        reference,
      ),
    );

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'entity-files-'));
    entityFolder = path.join(root, 'team');
    fs.mkdirSync(path.join(entityFolder, 'oncall'), { recursive: true });
    fs.writeFileSync(path.join(entityFolder, 'catalog-info.yaml'), 'kind: x');
    fs.writeFileSync(path.join(entityFolder, 'oncall', 'weekly.yaml'), 'ok');
    fs.writeFileSync(path.join(root, 'secret.txt'), 'do not read');
    urlReader.readUrl.mockReset();
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  describe('beside a file location', () => {
    it('reads a file below the entity folder and names it as annotated', async () => {
      await expect(fromFile('./oncall/weekly.yaml')).resolves.toEqual({
        location: './oncall/weekly.yaml',
        text: 'ok',
      });
      expect(urlReader.readUrl).not.toHaveBeenCalled();
    });

    it('follows a link that stays inside the folder', async () => {
      fs.symlinkSync(
        path.join(entityFolder, 'oncall', 'weekly.yaml'),
        path.join(entityFolder, 'current.yaml'),
      );
      await expect(fromFile('current.yaml')).resolves.toMatchObject({
        text: 'ok',
      });
    });

    it.each([
      ['a parent-directory escape', '../secret.txt'],
      ['an escape through a subfolder', './oncall/../../secret.txt'],
      ['the folder itself', '.'],
    ])('refuses %s', async (_, reference) => {
      await expect(fromFile(reference)).rejects.toThrow(
        `The ${ANNOTATION} annotation points outside the entity's folder: ${reference}`,
      );
    });

    it.each([
      ['an absolute path', '/etc/passwd'],
      ['a file URL', 'file:///etc/passwd'],
      ['an http URL', 'https://example.com/rotation.yaml'],
    ])('refuses %s', async (_, reference) => {
      await expect(fromFile(reference)).rejects.toThrow(
        `The ${ANNOTATION} annotation must be a path relative to the entity's file, not ${reference}`,
      );
    });

    it('refuses a link that points outside the folder', async () => {
      fs.symlinkSync(
        path.join(root, 'secret.txt'),
        path.join(entityFolder, 'link.yaml'),
      );
      await expect(fromFile('./link.yaml')).rejects.toThrow(
        "points outside the entity's folder: ./link.yaml",
      );
    });

    it('refuses a linked folder that leads outside', async () => {
      fs.symlinkSync(root, path.join(entityFolder, 'up'));
      await expect(fromFile('./up/secret.txt')).rejects.toThrow(
        "points outside the entity's folder",
      );
    });

    it('says a folder is not a regular file', async () => {
      await expect(fromFile('./oncall')).rejects.toThrow(
        'The rotation file ./oncall is not a regular file',
      );
    });

    it.each([
      ['a missing file', './oncall/missing.yaml'],
      ['a dangling link', './dangling.yaml'],
    ])('says %s does not exist', async (_, reference) => {
      fs.symlinkSync(
        path.join(entityFolder, 'gone.yaml'),
        path.join(entityFolder, 'dangling.yaml'),
      );
      await expect(fromFile(reference)).rejects.toThrow(
        `The rotation file ${reference} does not exist`,
      );
    });

    it('refuses a named pipe instead of waiting on it', async () => {
      execFileSync('mkfifo', [path.join(entityFolder, 'pipe.yaml')]);
      await expect(fromFile('./pipe.yaml')).rejects.toThrow(
        'The rotation file ./pipe.yaml is not a regular file',
      );
    });

    it('refuses a file over the size limit', async () => {
      fs.writeFileSync(
        path.join(entityFolder, 'big.yaml'),
        Buffer.alloc(MAX_BYTES + 1, 'a'),
      );
      await expect(fromFile('./big.yaml')).rejects.toThrow(
        `The rotation file ./big.yaml is larger than ${MAX_BYTES} bytes`,
      );
    });

    it('reads a file of exactly the size limit', async () => {
      fs.writeFileSync(
        path.join(entityFolder, 'full.yaml'),
        Buffer.alloc(MAX_BYTES, 'a'),
      );
      const file = await fromFile('./full.yaml');
      expect(file.text).toHaveLength(MAX_BYTES);
    });
  });

  describe('beside a URL location', () => {
    const base =
      'https://github.com/localplus/platform/blob/main/org/catalog-info.yaml';

    it('resolves the path against the URL and reads it through the UrlReader', async () => {
      urlReader.readUrl.mockResolvedValue({
        buffer: async () => Buffer.from('remote'),
      });
      await expect(
        read(entityAt(`url:${base}`, './oncall/w.yaml')),
      ).resolves.toEqual({
        location:
          'https://github.com/localplus/platform/blob/main/org/oncall/w.yaml',
        text: 'remote',
      });
      expect(urlReader.readUrl).toHaveBeenCalledWith(
        'https://github.com/localplus/platform/blob/main/org/oncall/w.yaml',
      );
    });

    it('refuses an oversized buffered answer', async () => {
      urlReader.readUrl.mockResolvedValue({
        buffer: async () => Buffer.alloc(MAX_BYTES + 1),
      });
      await expect(read(entityAt(`url:${base}`, 'w.yaml'))).rejects.toThrow(
        /rotation file at https:\/\/github.com\/.*\/w.yaml is larger than 64 bytes/,
      );
    });

    it('stops reading a streamed answer at the size limit', async () => {
      let chunksRead = 0;
      const endless = new Readable({
        read() {
          chunksRead += 1;
          this.push(Buffer.alloc(16, 'x'));
        },
      });
      urlReader.readUrl.mockResolvedValue({
        buffer: async () => {
          throw new Error('the whole body must not be buffered');
        },
        stream: () => endless,
      });
      await expect(read(entityAt(`url:${base}`, 'w.yaml'))).rejects.toThrow(
        InputError,
      );
      expect(chunksRead).toBeLessThan(10);
      expect(endless.destroyed).toBe(true);
    });

    it('reads a streamed answer within the limit', async () => {
      urlReader.readUrl.mockResolvedValue({
        buffer: async () => Buffer.alloc(0),
        stream: () => Readable.from([Buffer.from('a: '), Buffer.from('1')]),
      });
      await expect(
        read(entityAt(`url:${base}`, 'w.yaml')),
      ).resolves.toMatchObject({ text: 'a: 1' });
    });

    it("passes on the UrlReader's refusal", async () => {
      urlReader.readUrl.mockRejectedValue(new NotFoundError('no such file'));
      await expect(read(entityAt(`url:${base}`, 'w.yaml'))).rejects.toThrow(
        NotFoundError,
      );
    });
  });

  describe('refuses entities it cannot resolve', () => {
    const file = () => `file:${path.join(entityFolder, 'catalog-info.yaml')}`;

    it.each([
      ['no annotation', undefined],
      ['an empty annotation', ''],
      ['a blank annotation', '   '],
    ])('with %s', async (_, reference) => {
      await expect(read(entityAt(file(), reference))).rejects.toThrow(
        `The entity has no ${ANNOTATION} annotation naming its rotation file`,
      );
    });

    it.each([
      ['a NUL byte', './a\0.yaml'],
      ['a line break', './a\n../secret.txt'],
      ['an over-long path', `./${'a'.repeat(1001)}`],
    ])('with %s in the path', async (_, reference) => {
      await expect(read(entityAt(file(), reference))).rejects.toThrow(
        `The ${ANNOTATION} annotation is not a usable path`,
      );
    });

    it('without a managed-by-location', async () => {
      await expect(read(entityAt(undefined, './a.yaml'))).rejects.toThrow(
        'The entity has no managed-by-location, so its rotation file cannot be located',
      );
    });

    it('with a malformed managed-by-location', async () => {
      await expect(read(entityAt('no-colon', './a.yaml'))).rejects.toThrow(
        /managed-by-location "no-colon" is not a location reference/,
      );
    });

    it('beside a location of another type', async () => {
      await expect(
        read(entityAt('github-discovery:https://github.com/x', './a.yaml')),
      ).rejects.toThrow(
        'A rotation file can only be read next to url or file locations, not github-discovery',
      );
    });
  });
});
