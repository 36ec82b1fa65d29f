import appPlugin from '@backstage/plugin-app-backend';
import authPlugin from '@backstage/plugin-auth-backend';
import { JsonObject } from '@backstage/types';
import { Environment } from './__testUtils__/portalConfig';
import { closeConnections, get } from './__testUtils__/requestFrom';
import {
  ServedBackend,
  startServedBackend,
} from './__testUtils__/startServedBackend';

jest.setTimeout(120_000);

/** `a 'b' c; d e` as { a: ["'b'", 'c'], d: ['e'] }. */
function directivesOf(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map(part => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

/** Sources that would let any site in: a wildcard or a whole scheme. */
const OPEN_SOURCE = /^(\*|https?:|wss?:|blob:)$/;

// The served app, one API route and a health route: every kind of response.
const PATHS = [
  '/',
  '/catalog/default/component/svc-ledger',
  '/api/auth/.well-known/openid-configuration',
  '/.backstage/health/v1/liveness',
];

afterAll(closeConnections);

describe.each<Environment>(['production', 'development'])(
  'security headers of the %s backend',
  environment => {
    let backend: ServedBackend;

    beforeAll(async () => {
      backend = await startServedBackend(environment, [appPlugin, authPlugin]);
    });
    afterAll(() => backend.stop());

    it.each(PATHS)('GET %s', async path => {
      const answer = await get(backend.port, path);
      expect(answer.status).toBe(200);
      const { headers } = answer;

      const csp = directivesOf(headers['content-security-policy'] as string);
      // Only the backend's own scripts run. 'unsafe-eval' is the one
      // exception, and a deliberate one: Backstage's frontend compiles JSON
      // schemas with ajv as it loads (see backend.csp in app-config.yaml).
      expect(csp['script-src']).toEqual(["'self'", "'unsafe-eval'"]);
      expect(csp['script-src-attr']).toEqual(["'none'"]);
      expect(csp['default-src']).toEqual(["'self'"]);
      expect(csp['object-src']).toEqual(["'none'"]);
      expect(csp['base-uri']).toEqual(["'self'"]);
      expect(csp['connect-src']).toEqual(["'self'"]);
      expect(csp['frame-ancestors']).toEqual(["'none'"]);
      for (const [directive, sources] of Object.entries(csp)) {
        expect({
          directive,
          open: sources.filter(s => OPEN_SOURCE.test(s)),
        }).toEqual({ directive, open: [] });
      }
      // It is the configured policy that is served.
      const configured = (backend.config.backend as JsonObject)
        .csp as JsonObject;
      for (const [directive, sources] of Object.entries(configured)) {
        expect(csp[directive]).toEqual(sources);
      }

      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toMatch(/^(DENY|SAMEORIGIN)$/);
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['x-powered-by']).toBeUndefined();
      // Browsers keep to HTTPS for 180 days once they have seen the portal.
      const hsts = headers['strict-transport-security'] as string;
      expect(hsts).toMatch(/includeSubDomains/);
      expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(
        180 * 24 * 3600,
      );
    });

    it('serves the app page itself, which no other site may frame', async () => {
      const answer = await get(backend.port, '/');
      expect(answer.headers['content-type']).toMatch(/^text\/html/);
      expect(answer.body).toContain('<div id="root">');
      expect(answer.headers['x-frame-options']).toBe('DENY');
    });
  },
);
