import {
  coreServices,
  createServiceFactory,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';

/**
 * The user info service as a sign-in resolver leaves it: a person owns
 * through themselves and the groups their User entity is a member of. The
 * mock of backend-test-utils knows no groups, and the home widget's
 * question is precisely about a person's groups.
 */
export function ownershipUserInfoFactory(entities: Entity[]) {
  const groupsOf = new Map<string, string[]>();
  for (const entity of entities) {
    if (entity.kind.toLocaleLowerCase('en-US') !== 'user') continue;
    const ref = stringifyEntityRef(entity);
    const memberOf = (entity.spec?.memberOf ?? []) as string[];
    groupsOf.set(
      ref,
      memberOf.map(group =>
        stringifyEntityRef(
          parseEntityRef(group, {
            defaultKind: 'group',
            defaultNamespace: entity.metadata.namespace ?? 'default',
          }),
        ),
      ),
    );
  }
  return createServiceFactory({
    service: coreServices.userInfo,
    deps: {},
    factory(): UserInfoService {
      return {
        async getUserInfo(credentials) {
          const { principal } = credentials as {
            principal: { type: string; userEntityRef?: string };
          };
          if (principal.type !== 'user' || !principal.userEntityRef) {
            throw new InputError('User info is only available for users');
          }
          const ref = principal.userEntityRef;
          return {
            userEntityRef: ref,
            ownershipEntityRefs: [ref, ...(groupsOf.get(ref) ?? [])],
          };
        },
      };
    },
  });
}
