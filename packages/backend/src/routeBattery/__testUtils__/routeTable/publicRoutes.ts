import type { RouteTable } from './types';

const SIGN_IN =
  'sign-in: a person has no token yet; the provider checks the request itself';
const APP =
  'the frontend (index page and static bundle) loads before sign-in; it holds no secret (config visibility)';

const FRONTEND = { public: APP, onlyWithBuiltFrontend: true } as const;

/** Routes open without credentials, each with the reason it must be. */
export const publicRoutes: RouteTable = {
  'GET /.backstage/health/v1/readiness': {
    public: 'readiness probe of the load balancer and Kubernetes',
  },
  'GET /.backstage/health/v1/liveness': {
    public: 'liveness probe of Kubernetes',
  },

  'GET /*': FRONTEND,
  'USE /* (<anonymous>)': FRONTEND,
  'USE /* (serveStatic)': FRONTEND,
  'USE /static/* (serveStatic)': FRONTEND,
  'USE /static/* (<anonymous>)': FRONTEND,
  'GET /api/app/*': FRONTEND,
  'USE /api/app/* (<anonymous>)': FRONTEND,
  'USE /api/app/* (serveStatic)': FRONTEND,
  'USE /api/app/static/* (serveStatic)': FRONTEND,
  'USE /api/app/static/* (<anonymous>)': FRONTEND,

  'GET /api/auth/guest/start': { public: SIGN_IN },
  'GET /api/auth/guest/handler/frame': { public: SIGN_IN },
  'POST /api/auth/guest/handler/frame': { public: SIGN_IN },
  'GET /api/auth/guest/refresh': { public: SIGN_IN },
  'POST /api/auth/guest/refresh': { public: SIGN_IN },
  'GET /api/auth/demoUsers/start': { public: SIGN_IN },
  'GET /api/auth/demoUsers/handler/frame': { public: SIGN_IN },
  'POST /api/auth/demoUsers/handler/frame': { public: SIGN_IN },
  'GET /api/auth/demoUsers/refresh': { public: SIGN_IN },
  'POST /api/auth/demoUsers/refresh': { public: SIGN_IN },
  'USE /api/auth/github/* (<anonymous>)': {
    public: `${SIGN_IN} (GitHub is not configured in development: 404)`,
  },
  'USE /api/auth/:provider/* (<anonymous>)': {
    public: 'answers 404 for a provider that is not installed',
  },
  'GET /api/auth/.well-known/openid-configuration': {
    public: 'OpenID discovery document: where to find the token signing keys',
  },
  'GET /api/auth/.well-known/jwks.json': {
    public: 'public keys that verify user tokens',
  },
  'GET /api/auth/.well-known/oauth-client/cli.json': {
    public: 'OAuth client metadata for the Backstage CLI sign-in',
  },
  'GET /api/auth/v1/userinfo': {
    public: 'reads the bearer token itself and answers 401 without one',
  },

  'POST /api/oncall/webhook/alertmanager': {
    public:
      'Alertmanager posts pages here; the route checks its own shared bearer secret (401 without it)',
  },
  'GET /api/oncall/calendar/:file': {
    public:
      'calendar applications read feeds without signing in; the link is signed and revocable (404 otherwise)',
  },

  'GET /api/permission/health': {
    public: 'health of the permission backend, no data',
  },

  'USE /api/signals/* (upgradeMiddleware)': {
    public:
      'WebSocket upgrade: the signals backend authenticates the upgrade request itself',
  },
  'GET /api/signals/health': {
    public: 'health of the signals backend, no data',
  },
};
