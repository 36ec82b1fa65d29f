import { mockServices } from '@backstage/backend-test-utils';
import { CheckScopeError } from './CheckScopeError';
import {
  CatalogComponentStream,
  listCatalogComponents,
} from './listCatalogComponents';

interface FakeEntity {
  kind: string;
  name: string;
}

/** A catalog serving `pages` of entities, recording what it was asked. */
function pagedCatalog(pages: FakeEntity[][]) {
  const requests: unknown[] = [];
  const catalog: CatalogComponentStream<FakeEntity> = {
    async *streamEntities(request, options) {
      requests.push({ request, options });
      yield* pages;
    },
  };
  return { catalog, requests };
}

const asSubject = (entity: FakeEntity) => ({
  ref: `${entity.kind.toLowerCase()}:default/${entity.name}`,
});

describe('listCatalogComponents', () => {
  it('makes a subject of every entity of every page, sorted by ref', async () => {
    const { catalog } = pagedCatalog([
      [{ kind: 'Component', name: 'svc-wallet' }],
      [
        { kind: 'Component', name: 'svc-ledger' },
        { kind: 'Component', name: 'svc-audit' },
      ],
    ]);
    const subjects = await listCatalogComponents(
      { catalog, auth: mockServices.auth() },
      ['metadata.name'],
      asSubject,
    );
    expect(subjects.map(subject => subject.ref)).toEqual([
      'component:default/svc-audit',
      'component:default/svc-ledger',
      'component:default/svc-wallet',
    ]);
  });

  it("asks for Components and the given fields only, with the collector's own credentials", async () => {
    const { catalog, requests } = pagedCatalog([]);
    const auth = mockServices.auth();
    await listCatalogComponents({ catalog, auth }, ['kind'], asSubject);
    expect(requests).toEqual([
      {
        request: { filter: { kind: 'Component' }, fields: ['kind'] },
        options: { credentials: await auth.getOwnServiceCredentials() },
      },
    ]);
  });

  it('is a scope error on catalog:components when the catalog cannot be read', async () => {
    const catalog: CatalogComponentStream<FakeEntity> = {
      // eslint-disable-next-line require-yield
      async *streamEntities() {
        throw new Error('catalog database unavailable');
      },
    };
    const listed = listCatalogComponents(
      { catalog, auth: mockServices.auth() },
      ['kind'],
      asSubject,
    );
    await expect(listed).rejects.toThrow(CheckScopeError);
    await expect(listed).rejects.toMatchObject({
      subject: 'catalog:components',
      message:
        "Could not list the catalog's components: catalog database unavailable",
    });
  });
});
