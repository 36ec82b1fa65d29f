import { everyone, nobody, RouteTable } from './types';

/**
 * Routes Backstage adds below every plugin's path (`/api/<pluginId>`), keyed
 * by the path below it, samples relative to it. The battery checks each of
 * them on every plugin. The public ones are opened by the httpRouter service
 * itself, not by a plugin's auth policy.
 */
export const perPluginRoutes: RouteTable = {
  'GET /.backstage/auth/v1/jwks.json': {
    public:
      "the plugin's public keys, which other backends fetch to verify its service tokens",
  },
  'GET /.backstage/auth/v1/cookie': {
    checks:
      'none: issues the signed-in caller a cookie (TechDocs pages, images)',
    sample: { path: '/.backstage/auth/v1/cookie' },
    expect: everyone,
  },
  'DELETE /.backstage/auth/v1/cookie': {
    checks: "none: removes the signed-in caller's cookie",
    sample: { path: '/.backstage/auth/v1/cookie' },
    expect: everyone,
  },
  'GET /.well-known/backstage/permissions/metadata': {
    checks: "none: the plugin's permissions and rules, for the Access page",
    sample: { path: '/.well-known/backstage/permissions/metadata' },
    expect: everyone,
  },
  'POST /.well-known/backstage/permissions/apply-conditions': {
    checks: 'none for people: only the permission backend applies conditions',
    sample: {
      path: '/.well-known/backstage/permissions/apply-conditions',
      body: { items: [] },
    },
    expect: nobody,
  },
  'USE /.well-known/backstage/permissions/apply-conditions/* (<anonymous>)': {
    checks: 'none for people: only the permission backend applies conditions',
    sample: {
      method: 'POST',
      path: '/.well-known/backstage/permissions/apply-conditions',
      body: { items: [] },
    },
    expect: nobody,
  },
  'GET /.backstage/actions/v1/actions': {
    checks: "none: lists the plugin's actions (MCP)",
    sample: { path: '/.backstage/actions/v1/actions' },
    expect: everyone,
  },
  'POST /.backstage/actions/v1/actions/:actionId/invoke': {
    checks: "the action's own permission (then 404: no such action)",
    sample: {
      path: '/.backstage/actions/v1/actions/route-battery:missing/invoke',
      body: {},
    },
    expect: everyone,
  },
  'POST /.backstage/actions/v2/actions/:actionId/invoke': {
    checks: "the action's own permission (then 404: no such action)",
    sample: {
      path: '/.backstage/actions/v2/actions/route-battery:missing/invoke',
      body: {},
    },
    expect: everyone,
  },
};
