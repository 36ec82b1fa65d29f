import type {
  AuthService,
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { Entity, parseEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';

const FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'spec.profile',
];

const normalise = (value: string) =>
  value.trim().replace(/^@/, '').toLocaleLowerCase('en-US');

/**
 * The ways records write a person or a group, as the catalog knows them:
 * refs, names, titles, display names and emails of the caller and of the
 * groups they belong to.
 */
export class CallerIdentity {
  constructor(private readonly names: ReadonlySet<string>) {}

  /**
   * Whether a decision-maker or consulted entry names the caller or one of
   * their groups. `Marc Lefèvre <marc@localplus.io>` is compared by name
   * and by email; nothing else is guessed.
   */
  matches(person: string): boolean {
    const candidates = [person];
    const withEmail = /^(.*)<([^<>]+)>\s*$/.exec(person);
    if (withEmail) {
      candidates.push(withEmail[1], withEmail[2]);
    }
    return candidates.some(candidate => {
      const value = normalise(candidate);
      return value !== '' && this.names.has(value);
    });
  }
}

function namesOf(entity: Entity): string[] {
  const profile = (entity.spec?.profile ?? {}) as Record<string, unknown>;
  return [
    entity.metadata.name,
    entity.metadata.title,
    profile.displayName,
    profile.email,
  ].filter((value): value is string => typeof value === 'string');
}

/**
 * The identity of a signed-in person: their user entity and the entities
 * they own through (`userInfo`'s ownership refs, i.e. their groups), read
 * from the catalog as the plugin. Services have none. When the catalog
 * cannot be read, the refs alone are used.
 */
export async function callerIdentity(
  credentials: BackstageCredentials<
    BackstageUserPrincipal | BackstageServicePrincipal
  >,
  services: {
    userInfo: UserInfoService;
    catalog: CatalogService;
    auth: AuthService;
  },
): Promise<CallerIdentity | undefined> {
  if (credentials.principal.type !== 'user') {
    return undefined;
  }
  const { userEntityRef } = credentials.principal;
  const ownership = await services.userInfo
    .getUserInfo(credentials)
    .then(info => info.ownershipEntityRefs)
    // Without the groups, the person can still be matched by their own names.
    .catch(() => [] as string[]);
  const refs = [
    ...new Set(
      [userEntityRef, ...ownership].map(ref => ref.toLocaleLowerCase('en-US')),
    ),
  ];
  const names = new Set<string>();
  for (const ref of refs) {
    names.add(ref);
    try {
      names.add(normalise(parseEntityRef(ref).name));
    } catch {
      // Not a ref: it still counts as written.
    }
  }
  try {
    const { items } = await services.catalog.getEntitiesByRefs(
      { entityRefs: refs, fields: FIELDS },
      { credentials: await services.auth.getOwnServiceCredentials() },
    );
    for (const entity of items) {
      if (entity) {
        namesOf(entity).forEach(name => names.add(normalise(name)));
      }
    }
  } catch {
    // The refs are enough to match most records.
  }
  names.delete('');
  return new CallerIdentity(names);
}
