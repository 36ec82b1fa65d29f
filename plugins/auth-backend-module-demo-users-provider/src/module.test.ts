import type { JsonObject } from '@backstage/types';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import authPlugin from '@backstage/plugin-auth-backend';
import request from 'supertest';
import authModuleDemoUsersProvider from './index';
import { DEMO_USER_HEADER } from './demoUsersAuthenticator';

const entities = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'lucas', namespace: 'default' },
    spec: {
      profile: { displayName: 'Lucas B', email: 'lucas@example.com' },
      memberOf: ['team-loyalty'],
    },
    relations: [{ type: 'memberOf', targetRef: 'group:default/team-loyalty' }],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'mallory', namespace: 'default' },
    spec: { memberOf: ['admins'] },
    relations: [{ type: 'memberOf', targetRef: 'group:default/admins' }],
  },
];

function decodePayload(token: string) {
  const [, payload] = token.split('.');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
}

/** The auth plugin with this module, the catalog's users and `providers`. */
function authFeatures(providers: JsonObject) {
  return [
    authPlugin,
    authModuleDemoUsersProvider,
    catalogServiceMock.factory({ entities }),
    mockServices.rootConfig.factory({
      data: {
        app: { baseUrl: 'http://localhost:3000' },
        auth: {
          environment: 'development',
          session: { secret: 'test-secret' },
          providers,
        },
      },
    }),
  ];
}

async function startAuth(users: string[]) {
  const { server } = await startTestBackend({
    features: authFeatures({ demoUsers: { users } }),
  });
  return server;
}

describe('demo users auth provider', () => {
  it('signs a listed user in with their catalog identity and groups', async () => {
    const server = await startAuth(['lucas']);
    const response = await request(server)
      .get('/api/auth/demoUsers/refresh')
      .set('X-Requested-With', 'XMLHttpRequest')
      .set(DEMO_USER_HEADER, 'lucas');

    expect(response.status).toBe(200);
    expect(response.body.profile).toMatchObject({
      displayName: 'Lucas B',
      email: 'lucas@example.com',
    });
    const identity = response.body.backstageIdentity.identity;
    expect(identity.userEntityRef).toBe('user:default/lucas');
    expect(identity.ownershipEntityRefs).toEqual(
      expect.arrayContaining([
        'user:default/lucas',
        'group:default/team-loyalty',
      ]),
    );
    const claims = decodePayload(response.body.backstageIdentity.token);
    expect(claims.sub).toBe('user:default/lucas');
  });

  it('refuses a catalog user who is not listed with a 401', async () => {
    const server = await startAuth(['lucas']);
    const response = await request(server)
      .get('/api/auth/demoUsers/refresh')
      .set('X-Requested-With', 'XMLHttpRequest')
      .set(DEMO_USER_HEADER, 'mallory');

    expect(response.status).toBe(401);
    expect(response.body.error.message).toContain(
      "'mallory' is not a demo user",
    );
  });

  it('refuses a request without the header with a 401', async () => {
    const server = await startAuth(['lucas']);
    const response = await request(server)
      .get('/api/auth/demoUsers/refresh')
      .set('X-Requested-With', 'XMLHttpRequest');

    expect(response.status).toBe(401);
  });
});

describe('the demo users warning', () => {
  async function warningsWith(providers: JsonObject) {
    const logger = mockServices.logger.mock();
    await startTestBackend({
      features: [...authFeatures(providers), logger.factory],
    });
    return logger.warn.mock.calls.map(([message]) => message);
  }

  it('is logged where demo users are configured', async () => {
    expect(await warningsWith({ demoUsers: { users: ['lucas'] } })).toContain(
      'Demo users sign-in is on: development only, never in production',
    );
  });

  it('is not logged where they are not (production, GitHub only)', async () => {
    const warnings = await warningsWith({});
    expect(warnings.filter(message => /demo users/i.test(message))).toEqual([]);
  });
});
