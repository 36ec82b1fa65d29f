import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  authProvidersExtensionPoint,
  createProxyAuthProviderFactory,
} from '@backstage/plugin-auth-node';
import {
  demoUsersAuthenticator,
  DemoUserResult,
} from './demoUsersAuthenticator';

function userEntityRef(name: string) {
  return stringifyEntityRef({ kind: 'user', namespace: 'default', name });
}

/** The provider id: the frontend signs in through `/api/auth/demoUsers`. */
export const DEMO_USERS_PROVIDER_ID = 'demoUsers';

/**
 * Development only: sign in as one of the demo users listed in
 * `auth.providers.demoUsers.users`. The identity comes from the user's
 * catalog entity, so ownership refs include the user's groups.
 */
export const authModuleDemoUsersProvider = createBackendModule({
  pluginId: 'auth',
  moduleId: 'demo-users-provider',
  register(reg) {
    reg.registerInit({
      deps: {
        providers: authProvidersExtensionPoint,
        logger: coreServices.logger,
        config: coreServices.rootConfig,
      },
      async init({ providers, logger, config }) {
        // The provider only signs people in where it is configured.
        if (config.has(`auth.providers.${DEMO_USERS_PROVIDER_ID}`)) {
          logger.warn(
            'Demo users sign-in is on: development only, never in production',
          );
        }
        providers.registerProvider({
          providerId: DEMO_USERS_PROVIDER_ID,
          factory: createProxyAuthProviderFactory<DemoUserResult>({
            authenticator: demoUsersAuthenticator,
            // Settings shows the person's catalog name and e-mail address.
            async profileTransform({ userName }, ctx) {
              const found = await ctx
                .findCatalogUser({ entityRef: userEntityRef(userName) })
                .catch(() => undefined);
              const profile = found?.entity.spec?.profile as
                | { displayName?: string; email?: string; picture?: string }
                | undefined;
              return {
                profile: {
                  displayName: profile?.displayName ?? userName,
                  email: profile?.email,
                  picture: profile?.picture,
                },
              };
            },
            async signInResolver({ result }, ctx) {
              return ctx.signInWithCatalogUser({
                entityRef: userEntityRef(result.userName),
              });
            },
          }),
        });
      },
    });
  },
});
