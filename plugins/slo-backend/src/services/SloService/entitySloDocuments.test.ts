import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import type { EntityRelativeFile } from '@localplus/entity-files-node';
import { OPENSLO_ANNOTATION } from '@localplus/plugin-slo-common';
import { KNOWN_PATTERN_DOCUMENTS } from '../../__testUtils__/knownErrorPattern';
import { memoryCache } from '../../__testUtils__/memoryCache';
import {
  EntitySloDocumentReader,
  FAILED_READ_CACHE_SECONDS,
} from './entitySloDocuments';
import { OpenSloDocumentLoader } from './openSloDocumentLoader';

const LOCATION =
  'https://github.com/local-plus/svc-known/blob/main/openslo.yaml';

/** Serves one OpenSLO file after a delay, counting the reads. */
class CountingLoader extends OpenSloDocumentLoader {
  reads = 0;
  failNext = false;

  constructor() {
    super(mockServices.urlReader.mock());
  }

  override async load(): Promise<EntityRelativeFile> {
    this.reads += 1;
    await new Promise(resolve => setTimeout(resolve, 50));
    if (this.failNext) {
      this.failNext = false;
      throw new Error('GitHub answered 502');
    }
    return { location: LOCATION, text: KNOWN_PATTERN_DOCUMENTS };
  }
}

const entity = (etag: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'svc-known',
    namespace: 'default',
    etag,
    annotations: { [OPENSLO_ANNOTATION]: './openslo.yaml' },
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-known' },
});

function reader(loader: CountingLoader) {
  return new EntitySloDocumentReader({
    loader,
    cache: memoryCache(),
    logger: mockServices.logger.mock(),
    cacheTtlSeconds: 300,
  });
}

describe('EntitySloDocumentReader', () => {
  it('reads a file once for a burst of requests, and every request gets its SLOs', async () => {
    const loader = new CountingLoader();
    const documents = reader(loader);
    const all = await Promise.all(
      Array.from({ length: 20 }, () => documents.read(entity('1'))),
    );
    expect(loader.reads).toBe(1);
    for (const one of all) {
      expect(one.location).toBe(LOCATION);
      expect(one.problems).toEqual([]);
      expect(one.slos.map(slo => slo.metadata.name)).toEqual([
        'known-availability',
        'known-latency',
        'known-probe',
      ]);
    }
    // Kept: the next request reads nothing; a changed entity reads again.
    await documents.read(entity('1'));
    expect(loader.reads).toBe(1);
    await documents.read(entity('2'));
    expect(loader.reads).toBe(2);
  });

  it('hands a failed read to the requests that waited for it, and they all say why', async () => {
    const loader = new CountingLoader();
    loader.failNext = true;
    const documents = reader(loader);
    const all = await Promise.all(
      Array.from({ length: 5 }, () => documents.read(entity('1'))),
    );
    expect(loader.reads).toBe(1);
    for (const one of all) {
      expect(one.slos).toEqual([]);
      expect(one.problems).toEqual(['GitHub answered 502']);
    }
  });

  it('asks again for a file that could not be read after 30 s, not after the documents TTL', async () => {
    const loader = new CountingLoader();
    loader.failNext = true;
    const documents = reader(loader);
    const wallClock = jest.spyOn(Date, 'now');
    try {
      wallClock.mockReturnValue(1_000_000);
      expect((await documents.read(entity('1'))).problems).toEqual([
        'GitHub answered 502',
      ]);
      // Within the 30 s the failure is kept: GitHub is not asked again.
      wallClock.mockReturnValue(1_000_000 + FAILED_READ_CACHE_SECONDS * 500);
      expect((await documents.read(entity('1'))).problems).toEqual([
        'GitHub answered 502',
      ]);
      expect(loader.reads).toBe(1);
      // After them (well within the 300 s of a file read), read again.
      wallClock.mockReturnValue(1_001_000 + FAILED_READ_CACHE_SECONDS * 1000);
      const recovered = await documents.read(entity('1'));
      expect(loader.reads).toBe(2);
      expect(recovered.problems).toEqual([]);
      expect(recovered.slos).toHaveLength(3);
      // A file read is kept for the documents' TTL.
      wallClock.mockReturnValue(1_200_000);
      await documents.read(entity('1'));
      expect(loader.reads).toBe(2);
    } finally {
      wallClock.mockRestore();
    }
  });
});
