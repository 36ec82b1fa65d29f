import { Config } from '@backstage/config';
import { AuthenticationError } from '@backstage/errors';
import { createProxyAuthenticator } from '@backstage/plugin-auth-node';

/** The request header that names the demo user to sign in as. */
export const DEMO_USER_HEADER = 'x-localplus-demo-user';

/** What the authenticator hands the sign-in resolver: a listed user's name. */
export type DemoUserResult = { userName: string };

/** Reads `auth.providers.demoUsers.users`; at least one name is required. */
export function readDemoUsers(config: Config): Set<string> {
  const users = config.getStringArray('users');
  if (users.length === 0) {
    throw new Error(
      'auth.providers.demoUsers.users must list at least one catalog user',
    );
  }
  return new Set(users);
}

/**
 * Accepts a request only when its header names a listed demo user; anyone
 * else gets a 401, so the provider cannot be used to become an arbitrary user.
 */
export const demoUsersAuthenticator = createProxyAuthenticator<
  Set<string>,
  DemoUserResult,
  undefined
>({
  defaultProfileTransform: async () => ({ profile: {} }),
  initialize({ config }) {
    return readDemoUsers(config);
  },
  async authenticate({ req }, users) {
    const userName = req.header(DEMO_USER_HEADER)?.trim();
    if (!userName) {
      throw new AuthenticationError(
        `Demo sign-in needs the ${DEMO_USER_HEADER} header`,
      );
    }
    if (!users.has(userName)) {
      throw new AuthenticationError(`'${userName}' is not a demo user`);
    }
    return { result: { userName } };
  },
});
