import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';

const MOCK_SERVICE_TOKEN_PREFIX = 'mock-service-token:';

/**
 * The mock auth service of `startTestBackend`, except that a token one plugin
 * obtained on behalf of a person authenticates as that person *with the
 * calling plugin as actor*, as the real auth service does. The permission
 * backend refuses resource permissions without a resource ref from a person
 * without an actor, so without this the catalog's and scaffolder's filtered
 * lists (conditional decisions) cannot be tested against the real permission
 * backend.
 */
const authWithActorFactory = createServiceFactory({
  service: coreServices.auth,
  deps: {
    plugin: coreServices.pluginMetadata,
    config: coreServices.rootConfig,
  },
  factory({ plugin, config }) {
    const auth = mockServices.auth({
      pluginId: plugin.getId(),
      disableDefaultAuthPolicy: Boolean(
        config.getOptionalBoolean(
          'backend.auth.dangerouslyDisableDefaultAuthPolicy',
        ),
      ),
    });
    const authenticate = auth.authenticate.bind(auth);
    auth.authenticate = async (token, options) => {
      const credentials = await authenticate(token, options);
      if (
        token.startsWith(MOCK_SERVICE_TOKEN_PREFIX) &&
        auth.isPrincipal(credentials, 'user')
      ) {
        return mockCredentials.user(credentials.principal.userEntityRef, {
          actor: { subject: 'plugin:on-behalf-of' },
        });
      }
      return credentials;
    };
    return auth;
  },
});

/**
 * Add both to `startTestBackend` features: the auth service above, and the
 * real HTTP auth service on top of it (the mock HTTP auth service keeps its
 * own auth service, so the fix above would not reach incoming requests).
 */
export const mockAuthWithOnBehalfOfActorFactories = [
  authWithActorFactory,
  httpAuthServiceFactory,
];
