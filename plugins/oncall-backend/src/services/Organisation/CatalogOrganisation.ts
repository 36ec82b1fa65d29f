import type { AuthService } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { Organisation, ownerRef } from './Organisation';

/** Where the organisation comes from; tests give a fixed one. */
export interface OrganisationSource {
  /** The organisation as of at most a short while ago. */
  current(): Promise<Organisation>;
  /**
   * The owner's ref (lower-cased) of any entity: components from the
   * organisation, other kinds (systems, resources, APIs) from the catalog.
   */
  ownerOf(entityRef: string): Promise<string | undefined>;
}

/** How long one read of the catalog is used: people and teams change rarely. */
export const ORGANISATION_TTL_MS = 30_000;

const GROUP_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.annotations',
  'spec.parent',
  'spec.children',
  'spec.members',
  'relations',
];
const USER_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.annotations',
  'spec.profile',
  'spec.memberOf',
  'relations',
];
const COMPONENT_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.labels',
  'metadata.annotations',
  'spec.owner',
];

/**
 * Reads every group, user and component with one catalog query each, as
 * the plugin itself (service credentials), and keeps the result. Once it is
 * older than `ttlMs`, callers still get it at once while a new read runs in
 * the background (a read of a large catalog takes a while, and nobody should
 * wait for it but the very first caller). Concurrent callers share one read;
 * when a read fails, the previous organisation is kept and the next call
 * tries again.
 */
export class CatalogOrganisation implements OrganisationSource {
  private cached?: { organisation: Organisation; readAt: number };
  private reading?: Promise<Organisation>;

  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      ttlMs?: number;
    },
  ) {}

  async current(): Promise<Organisation> {
    const cached = this.cached;
    if (!cached) {
      return this.readOnce();
    }
    const ttl = this.options.ttlMs ?? ORGANISATION_TTL_MS;
    // Cache ages are measured on the machine's clock, whatever the business clock says.
    if (Date.now() - cached.readAt >= ttl) {
      // A failed renewal keeps the last organisation; the next call retries.
      this.readOnce().catch(() => {});
    }
    return cached.organisation;
  }

  /** The read under way, or a new one. */
  private readOnce(): Promise<Organisation> {
    if (!this.reading) {
      this.reading = this.read().finally(() => {
        this.reading = undefined;
      });
    }
    return this.reading;
  }

  async ownerOf(entityRef: string): Promise<string | undefined> {
    const known = (await this.current()).component(entityRef);
    if (known) {
      return known.owner;
    }
    const { catalog, auth } = this.options;
    const entity = await catalog.getEntityByRef(entityRef, {
      credentials: await auth.getOwnServiceCredentials(),
    });
    return entity ? ownerRef(entity) : undefined;
  }

  private async read(): Promise<Organisation> {
    const { catalog, auth } = this.options;
    const credentials = await auth.getOwnServiceCredentials();
    const list = (kind: string, fields: string[]) =>
      catalog
        .getEntities({ filter: { kind }, fields }, { credentials })
        .then(response => response.items);
    const [groups, users, components] = await Promise.all([
      list('group', GROUP_FIELDS),
      list('user', USER_FIELDS),
      list('component', COMPONENT_FIELDS),
    ]);
    const organisation = Organisation.fromEntities({
      groups,
      users,
      components,
    });
    this.cached = { organisation, readAt: Date.now() };
    return organisation;
  }
}
