import appPlugin from '@backstage/plugin-app-backend';
import authPlugin from '@backstage/plugin-auth-backend';
import githubProvider from '@backstage/plugin-auth-backend-module-github-provider';
import { ConfigReader } from '@backstage/config';
import { randomInt } from 'node:crypto';
import { Environment } from './__testUtils__/portalConfig';
import { closeConnections, get, statusesOf } from './__testUtils__/requestFrom';
import {
  ServedBackend,
  startServedBackend,
} from './__testUtils__/startServedBackend';

jest.setTimeout(180_000);

/**
 * A new client the limits apply to. Any 127.x.y.z address is this machine
 * too, but the allowlists name only 127.0.0.1: in development a client is
 * its address. In production a client is who the load balancer says it is
 * (X-Forwarded-For); a fresh one per test, so that counts Valkey kept from
 * an earlier run never meet this one.
 */
function stranger(environment: Environment) {
  const octet = () => randomInt(2, 255);
  return {
    localAddress: `127.${octet()}.${octet()}.${octet()}`,
    forwardedFor:
      environment === 'production'
        ? `198.18.${randomInt(256)}.${octet()}`
        : undefined,
  };
}

/** The sign-in endpoint each environment offers. */
const SIGN_IN: Record<Environment, string> = {
  production: '/api/auth/github/start?env=production',
  development: '/api/auth/.well-known/openid-configuration',
};

afterAll(closeConnections);

describe.each<Environment>(['production', 'development'])(
  'rate limits of the %s backend',
  environment => {
    let backend: ServedBackend;
    let authLimit: number;
    let globalLimit: number;

    beforeAll(async () => {
      backend = await startServedBackend(environment, [
        appPlugin,
        authPlugin,
        githubProvider,
      ]);
      const config = new ConfigReader(backend.config);
      authLimit = config.getNumber(
        'backend.rateLimit.plugin.auth.incomingRequestLimit',
      );
      globalLimit = config.getNumber('backend.rateLimit.incomingRequestLimit');
    });
    afterAll(() => backend.stop());

    it('configures a limit for sign-in well below the one for everything else', () => {
      expect(authLimit).toBeGreaterThan(0);
      expect(authLimit).toBeLessThanOrEqual(1000);
      expect(globalLimit).toBeGreaterThan(authLimit);
      // In production every replica counts in the same place.
      expect(
        new ConfigReader(backend.config).getOptionalString(
          'backend.rateLimit.store.type',
        ),
      ).toBe(environment === 'production' ? 'redis' : undefined);
    });

    it('answers 429 to a client past the sign-in limit, and only to that client', async () => {
      const client = stranger(environment);
      const allowed = await statusesOf(
        backend.port,
        SIGN_IN[environment],
        authLimit,
        client,
      );
      expect(allowed.filter(status => status === 429)).toEqual([]);
      expect(allowed[0]).toBe(environment === 'production' ? 302 : 200);

      const refused = await get(backend.port, SIGN_IN[environment], client);
      expect(refused.status).toBe(429);
      expect(JSON.parse(refused.body)).toMatchObject({
        error: { message: 'Too many requests, please try again later' },
      });

      const other = await get(
        backend.port,
        SIGN_IN[environment],
        stranger(environment),
      );
      expect(other.status).not.toBe(429);
    });

    it('never limits the backend calling itself through localhost', async () => {
      const statuses = await statusesOf(
        backend.port,
        SIGN_IN[environment],
        authLimit + 1,
      );
      expect(statuses.filter(status => status === 429)).toEqual([]);
    });

    it('limits the public health and app routes too, past the global limit', async () => {
      const client = stranger(environment);
      const statuses = await statusesOf(
        backend.port,
        '/.backstage/health/v1/liveness',
        globalLimit,
        client,
      );
      expect(statuses.filter(status => status !== 200)).toEqual([]);
      expect(
        (await get(backend.port, '/.backstage/health/v1/liveness', client))
          .status,
      ).toBe(429);
      expect((await get(backend.port, '/', client)).status).toBe(429);
      expect((await get(backend.port, '/static/main.js', client)).status).toBe(
        429,
      );
    });
  },
);
