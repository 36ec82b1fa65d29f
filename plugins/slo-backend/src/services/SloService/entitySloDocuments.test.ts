import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import type { EntityRelativeFile } from '@localplus/entity-files-node';
import { OPENSLO_ANNOTATION } from '@localplus/plugin-slo-common';
import { KNOWN_PATTERN_DOCUMENTS } from '../../__testUtils__/knownErrorPattern';
import { memoryCache } from '../../__testUtils__/memoryCache';
import { EntitySloDocumentReader } from './entitySloDocuments';
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
});
