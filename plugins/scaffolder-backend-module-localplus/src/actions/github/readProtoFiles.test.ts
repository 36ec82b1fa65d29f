import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readProtoFiles } from './readProtoFiles';

describe('readProtoFiles', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'read-protos-'));
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  async function write(relativePath: string, content: string | Buffer) {
    const file = path.join(dir, relativePath);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, content);
  }

  const limits = { maxFiles: 3, maxTotalBytes: 100, maxEntries: 20 };

  it('reads only .proto files, in a stable order, with forward slashes', async () => {
    await write('b/v1/b.proto', 'b');
    await write('a/v1/a.proto', 'a');
    await write('a/v1/a.proto.bak', 'old');
    await write('a/v1/README.md', 'doc');

    const files = await readProtoFiles(dir, 'sourcePath', limits);

    expect(files.map(f => [f.relativePath, f.content.toString()])).toEqual([
      ['a/v1/a.proto', 'a'],
      ['b/v1/b.proto', 'b'],
    ]);
  });

  it('refuses more files than the limit', async () => {
    for (const name of ['a', 'b', 'c', 'd']) {
      await write(`${name}.proto`, name);
    }

    await expect(readProtoFiles(dir, 'sourcePath', limits)).rejects.toThrow(
      'sourcePath: holds more than 3 .proto files',
    );
  });

  it('refuses files larger than the total size limit', async () => {
    await write('a.proto', Buffer.alloc(60));
    await write('b.proto', Buffer.alloc(60));

    await expect(readProtoFiles(dir, 'sourcePath', limits)).rejects.toThrow(
      'sourcePath: the .proto files exceed 100 bytes in total',
    );
  });

  it('stops walking a directory with too many entries', async () => {
    for (let i = 0; i < 25; i += 1) {
      await write(`notes/${i}.txt`, '');
    }

    await expect(readProtoFiles(dir, 'sourcePath', limits)).rejects.toThrow(
      'sourcePath: holds more than 20 files and directories',
    );
  });

  it('refuses a file name that would be an odd path in the repository', async () => {
    await write('v1/$(id).proto', '');

    await expect(readProtoFiles(dir, 'sourcePath', limits)).rejects.toThrow(
      'sourcePath: "v1/$(id).proto" has a path segment outside letters',
    );
  });

  it('does not descend into a linked directory', async () => {
    const elsewhere = await fs.mkdtemp(path.join(os.tmpdir(), 'elsewhere-'));
    try {
      await fs.writeFile(path.join(elsewhere, 'x.proto'), 'x');
      await write('own.proto', 'own');
      await fs.symlink(elsewhere, path.join(dir, 'linked'));

      const files = await readProtoFiles(dir, 'sourcePath', limits);

      expect(files.map(f => f.relativePath)).toEqual(['own.proto']);
    } finally {
      await fs.rm(elsewhere, { recursive: true, force: true });
    }
  });

  it('says when a directory holds no .proto file', async () => {
    await write('README.md', 'doc');

    await expect(readProtoFiles(dir, 'sourcePath', limits)).rejects.toThrow(
      'sourcePath: contains no .proto files',
    );
  });

  it('says when the path is a file', async () => {
    await write('single.proto', 'x');

    await expect(
      readProtoFiles(path.join(dir, 'single.proto'), 'sourcePath', limits),
    ).rejects.toThrow('sourcePath: is not a directory');
  });
});
