import { ConfigReader } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { ScmIntegrations } from '@backstage/integration';
import { fakeTreeReader, RemoteFile } from '../../__testUtils__/fakeTreeReader';
import { readUrlDecisionFolder } from './readUrlDecisionFolder';

const FOLDER = 'https://github.com/localplus/docs/tree/main/adr';
const MAX_BYTES = 32;
const integrations = ScmIntegrations.fromConfig(new ConfigReader({}));

function read(files: RemoteFile[], maxFiles = 10, url = FOLDER) {
  const fake = fakeTreeReader({ [url]: files });
  const result = readUrlDecisionFolder(url, {
    urlReader: fake.reader,
    integrations,
    maxBytes: MAX_BYTES,
    maxFiles,
    include: name => name.endsWith('.md'),
  });
  return { result, contentReads: fake.contentReads };
}

describe('readUrlDecisionFolder', () => {
  it('reads the decision files of the top level, linking each to its page', async () => {
    const { result, contentReads } = read([
      { path: '0002-second.md', text: 'two', size: 3 },
      { path: '0001-first.md', text: 'one', size: 3 },
      { path: 'images/0003-not-a-record.md', text: 'deep', size: 4 },
      { path: 'diagram.png', text: 'png', size: 3 },
    ]);
    await expect(result).resolves.toEqual({
      location: FOLDER,
      files: [
        {
          fileName: '0001-first.md',
          location:
            'https://github.com/localplus/docs/blob/main/adr/0001-first.md',
          text: 'one',
        },
        {
          fileName: '0002-second.md',
          location:
            'https://github.com/localplus/docs/blob/main/adr/0002-second.md',
          text: 'two',
        },
      ],
      skipped: [],
      omitted: 0,
    });
    expect(contentReads.sort()).toEqual(['0001-first.md', '0002-second.md']);
  });

  it('encodes odd file names in their URL', async () => {
    const { result } = read([{ path: '0001 use #kafka?.md', text: 'x' }]);
    expect((await result).files[0].location).toBe(
      'https://github.com/localplus/docs/blob/main/adr/0001%20use%20%23kafka%3F.md',
    );
  });

  it('keeps other hosts as they are', async () => {
    const url = 'https://gitlab.example.com/group/docs/-/tree/main/adr';
    const { result } = read([{ path: '0001-a.md', text: 'x' }], 10, url);
    expect((await result).files[0].location).toBe(`${url}/0001-a.md`);
  });

  it('reports a file larger than the limit without reading it', async () => {
    const { result, contentReads } = read([
      {
        path: '0001-big.md',
        text: 'x'.repeat(MAX_BYTES + 1),
        size: MAX_BYTES + 1,
      },
      { path: '0002-full.md', text: 'x'.repeat(MAX_BYTES), size: MAX_BYTES },
    ]);
    const contents = await result;
    expect(contents.skipped).toEqual([
      {
        fileName: '0001-big.md',
        location: 'https://github.com/localplus/docs/blob/main/adr/0001-big.md',
        reason: `is larger than ${MAX_BYTES} bytes`,
      },
    ]);
    expect(contents.files.map(f => f.fileName)).toEqual(['0002-full.md']);
    expect(contentReads).toEqual(['0002-full.md']);
  });

  it('checks the size of the content when the reader does not tell it', async () => {
    const { result } = read([
      { path: '0001-big.md', text: 'x'.repeat(MAX_BYTES + 1) },
    ]);
    const contents = await result;
    expect(contents.files).toEqual([]);
    expect(contents.skipped.map(s => s.fileName)).toEqual(['0001-big.md']);
  });

  it('reads at most maxFiles and counts the others', async () => {
    const { result, contentReads } = read(
      ['0001-a.md', '0002-b.md', '0003-c.md'].map(path => ({
        path,
        text: path,
        size: 9,
      })),
      2,
    );
    const contents = await result;
    expect(contents.files).toHaveLength(2);
    expect(contents.omitted).toBe(1);
    expect(contentReads).toHaveLength(2);
  });

  it('says which folder could not be read, and why', async () => {
    const fake = fakeTreeReader({});
    const reading = readUrlDecisionFolder(FOLDER, {
      urlReader: fake.reader,
      integrations,
      maxBytes: MAX_BYTES,
      maxFiles: 10,
      include: () => true,
    });
    await expect(reading).rejects.toThrow(InputError);
    await expect(reading).rejects.toThrow(
      `The decision folder ${FOLDER} could not be read: ${FOLDER} does not exist`,
    );
  });
});
