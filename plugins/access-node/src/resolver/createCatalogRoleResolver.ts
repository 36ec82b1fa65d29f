import type { AuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type {
  AccessIdentity,
  AccessPolicy,
  AccessRoleResolver,
} from '../types';
import {
  directGroupsOf,
  groupParents,
  identityOf,
  normalizeRef,
  withAncestors,
  type GroupParents,
} from './orgSnapshot';
import { TtlCache } from './TtlCache';

/** Options of {@link createCatalogRoleResolver}. */
export interface CatalogRoleResolverOptions {
  policy: AccessPolicy;
  catalog: CatalogService;
  auth: AuthService;
  /** How long an answer read from the catalog is reused. Default 30 s. */
  ttlMs?: number;
  /** Most user identities kept at once. Default 5,000. */
  maxUsers?: number;
  /** For tests. */
  now?: () => number;
}

const ABSENT_RECHECK_MS = 5_000;

const GROUP_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'spec.parent',
  'relations',
];
const USER_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'spec.profile.displayName',
  'spec.memberOf',
  'relations',
];

/**
 * Resolves people to roles from the catalog's org: the user's groups
 * (`memberOf`), every ancestor of those groups (`spec.parent`, so a member of
 * team-loyalty is a member of product-teams and engineering), and the
 * configured roles of all of them. The catalog is read with the plugin's own
 * service credentials, which the permission framework never sends to the
 * policy, so resolving a role cannot recurse into the policy.
 */
export function createCatalogRoleResolver(
  options: CatalogRoleResolverOptions,
): AccessRoleResolver {
  const { policy, catalog, auth } = options;
  const ttlMs = options.ttlMs ?? 30_000;
  const now = options.now ?? Date.now;
  const parentsCache = new TtlCache<GroupParents>({
    ttlMs,
    maxEntries: 1,
    now,
  });
  const identities = new TtlCache<AccessIdentity>({
    ttlMs,
    maxEntries: options.maxUsers ?? 5_000,
    now,
  });
  const everyone = new TtlCache<AccessIdentity[]>({
    ttlMs,
    maxEntries: 1,
    now,
  });

  const credentials = () => auth.getOwnServiceCredentials();

  // Groups a fresh read of the tree did not have, and when: a dangling
  // `memberOf` or `spec.parent` must not make every check read the tree
  // again, but a group still being ingested must show up within seconds.
  let confirmedAbsent = new Map<string, number>();
  const recentlyAbsent = (group: string) =>
    now() - (confirmedAbsent.get(group) ?? -Infinity) < ABSENT_RECHECK_MS;
  const loadParents = () =>
    parentsCache.get('groups', async () => {
      const { items } = await catalog.getEntities(
        { filter: { kind: 'group' }, fields: GROUP_FIELDS },
        { credentials: await credentials() },
      );
      confirmedAbsent = new Map();
      return groupParents(items);
    });

  /**
   * The group tree, read again when one of a person's groups or ancestors is
   * missing from it (a team created since, or a catalog still ingesting at
   * startup). `complete` is false when a group is missing even from a fresh
   * read.
   */
  const parentsFor = async (user: Entity | undefined) => {
    const missing = (org: GroupParents) =>
      user
        ? withAncestors(directGroupsOf(user), org).filter(g => !org.has(g))
        : [];
    let org = await loadParents();
    let absent = missing(org);
    if (absent.some(group => !recentlyAbsent(group))) {
      parentsCache.clear();
      org = await loadParents();
      absent = missing(org);
      absent.forEach(group => confirmedAbsent.set(group, now()));
    }
    return { org, complete: absent.length === 0 };
  };

  // Identities worth asking the catalog about again next time.
  const provisional = new WeakSet<AccessIdentity>();

  return {
    async identify(userRef) {
      const ref = normalizeRef(userRef, { defaultKind: 'user' });
      const identity = await identities.get(ref, async () => {
        const user = await catalog.getEntityByRef(ref, {
          credentials: await credentials(),
        });
        const { org, complete } = await parentsFor(user);
        const found = identityOf(ref, user, org, policy.roles);
        if (!user || !complete) provisional.add(found);
        return found;
      });
      // A person not (yet) in the catalog, or in a group it lacks, is asked
      // about again next time: at startup the catalog may still be ingesting.
      if (provisional.has(identity)) identities.delete(ref);
      return identity;
    },

    async listIdentities() {
      return everyone.get('users', async () => {
        const [{ items }, org] = await Promise.all([
          catalog.getEntities(
            { filter: { kind: 'user' }, fields: USER_FIELDS },
            { credentials: await credentials() },
          ),
          loadParents(),
        ]);
        return items
          .map((user: Entity) => {
            const ref = stringifyEntityRef(user).toLocaleLowerCase('en-US');
            return identityOf(ref, user, org, policy.roles);
          })
          .sort((a, b) => a.userRef.localeCompare(b.userRef));
      });
    },

    clear() {
      parentsCache.clear();
      identities.clear();
      everyone.clear();
    },
  };
}
