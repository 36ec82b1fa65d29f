import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  fileTextPlaceholderResolver,
  MAX_PLACEHOLDER_FILE_BYTES,
} from './fileTextPlaceholderResolver';

describe('fileTextPlaceholderResolver', () => {
  let root: string;
  let entityFile: string;
  const read = jest.fn(async (url: string) => Buffer.from(`remote:${url}`));
  const resolveUrl = (url: string, base: string) =>
    new URL(url, base).toString();

  const resolve = (value: unknown, baseUrl = entityFile) =>
    fileTextPlaceholderResolver({
      key: 'text',
      value: value as any,
      baseUrl,
      read,
      resolveUrl,
      emit: jest.fn(),
    });

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'placeholder-'));
    fs.mkdirSync(path.join(root, 'apis', 'proto'), { recursive: true });
    entityFile = path.join(root, 'apis', 'grpc.yaml');
    fs.writeFileSync(entityFile, 'kind: API');
    fs.writeFileSync(
      path.join(root, 'apis', 'proto', 'ledger.proto'),
      'syntax = "proto3";',
    );
    fs.writeFileSync(path.join(root, 'secret.txt'), 'do not read');
    read.mockClear();
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('reads a file below the entity folder', async () => {
    await expect(resolve('./proto/ledger.proto')).resolves.toBe(
      'syntax = "proto3";',
    );
  });

  it('hands URL locations to the URL reader', async () => {
    await expect(
      resolve(
        './ledger.proto',
        'https://github.com/localplus/contracts-proto/blob/main/catalog-info.yaml',
      ),
    ).resolves.toBe(
      'remote:https://github.com/localplus/contracts-proto/blob/main/ledger.proto',
    );
    expect(read).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a parent-directory escape', '../secret.txt'],
    ['an absolute path', '/etc/passwd'],
  ])('refuses %s', async (_, value) => {
    await expect(resolve(value)).rejects.toThrow(
      /(only read files below the entity's folder|no such file)/,
    );
  });

  it('refuses a symlink that points outside the entity folder', async () => {
    fs.symlinkSync(
      path.join(root, 'secret.txt'),
      path.join(root, 'apis', 'link.txt'),
    );
    await expect(resolve('./link.txt')).rejects.toThrow(
      /only read files below the entity's folder/,
    );
  });

  it('names the missing file', async () => {
    await expect(resolve('./proto/missing.proto')).rejects.toThrow(
      'could not read ./proto/missing.proto: no such file beside grpc.yaml',
    );
  });

  it('refuses directories', async () => {
    await expect(resolve('./proto')).rejects.toThrow(/expects a file/);
  });

  it('refuses oversized files', async () => {
    const big = path.join(root, 'apis', 'big.txt');
    fs.writeFileSync(big, Buffer.alloc(MAX_PLACEHOLDER_FILE_BYTES + 1, 'a'));
    await expect(resolve('./big.txt')).rejects.toThrow(
      /over the 2097152 byte limit/,
    );
  });

  it.each([[42], [''], [{ path: './x' }], [null]])(
    'refuses a non-path value %p',
    async value => {
      await expect(resolve(value)).rejects.toThrow(
        'expects a relative file path',
      );
    },
  );
});
