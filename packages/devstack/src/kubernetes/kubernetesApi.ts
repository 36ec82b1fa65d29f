import { Express, Request, Response } from 'express';
import {
  ClusterDataset,
  DevstackDataset,
} from '../dataset/buildDevstackDataset';
import { renderPodLog } from '../dataset/podLog';
import { FaultRegistry } from '../faults';
import * as http from '../http';
import { ApiError, InputError } from '../http';
import {
  apiGroupList,
  apiResourceList,
  apiVersions,
  RESOURCE_DATA,
  SERVED_RESOURCES,
  ServedResource,
} from './resources';
import {
  matchesLabelSelector,
  parseFieldSelector,
  parseLabelSelector,
} from './selectors';

export const CLUSTER_PATH_PREFIX = '/clusters';

function statusBody({ status: code, message, details }: ApiError) {
  const reason =
    RESOURCE_DATA.statusReasons[code] ??
    (code >= 500 ? 'InternalError' : 'BadRequest');
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    ...(details && { details }),
    code,
  };
}

const NOT_FOUND = 'the server could not find the requested resource';

/** What the API server says for a path that names no resource type it serves. */
function unknownPath(): never {
  throw new ApiError(404, NOT_FOUND, {});
}

function checkName(kind: string, value: string): void {
  if (!http.objectName.safeParse(value).success) {
    const shown = value.slice(0, 80);
    throw new InputError(
      `invalid ${kind} "${shown}": must be a lowercase RFC 1123 subdomain`,
    );
  }
}

function nonNegativeInteger(req: Request, name: string): number | undefined {
  const raw = http.singleQueryValue(req, name);
  if (raw && !/^\d{1,9}$/.test(raw)) {
    throw new InputError(`${name} must be a non-negative integer`);
  }
  return raw ? Number(raw) : undefined;
}

function decodeContinue(token: string): number {
  try {
    const { offset } = JSON.parse(Buffer.from(token, 'base64url').toString());
    if (Number.isInteger(offset) && offset >= 0) {
      return offset;
    }
  } catch {
    // Falls through to the error below.
  }
  throw new InputError('invalid continue token');
}

function clusterApi(cluster: ClusterDataset, now: Date) {
  const versions = cluster.objects.map(o => Number(o.metadata.resourceVersion));
  const resourceVersion = String(Math.max(0, ...versions) + 1);
  const objectsOf = (r: ServedResource) =>
    cluster.objects.filter(
      o => o.apiVersion === r.groupVersion && o.kind === r.kind,
    );

  const list = (req: Request, resource: ServedResource, namespace?: string) => {
    const query = (name: string) => http.singleQueryValue(req, name) ?? '';
    if (query('watch') === 'true' || query('watch') === '1') {
      throw new InputError('watch is not supported by the devstack simulator');
    }
    const limit = nonNegativeInteger(req, 'limit');
    const labels = parseLabelSelector(query('labelSelector'));
    const fields = parseFieldSelector(query('fieldSelector'), resource.kind);
    const matching = objectsOf(resource).filter(
      object =>
        (!namespace || object.metadata.namespace === namespace) &&
        matchesLabelSelector(object.metadata.labels, labels) &&
        fields.every(matches => matches(object)),
    );
    const offset = query('continue') ? decodeContinue(query('continue')) : 0;
    const end = limit ? offset + limit : matching.length;
    const page = matching.slice(offset, end);
    const next = Buffer.from(JSON.stringify({ offset: end })).toString(
      'base64url',
    );
    return {
      kind: `${resource.kind}List`,
      apiVersion: resource.groupVersion,
      metadata: {
        resourceVersion,
        ...(end < matching.length && {
          continue: next,
          remainingItemCount: matching.length - end,
        }),
      },
      // Lists of built-in types omit `apiVersion` and `kind` on each item.
      items: resource.builtIn
        ? page.map(({ apiVersion: _apiVersion, kind: _kind, ...rest }) => rest)
        : page,
    };
  };

  const get = (resource: ServedResource, name: string, namespace?: string) => {
    const found = objectsOf(resource).find(
      o => o.metadata.name === name && o.metadata.namespace === namespace,
    );
    if (!found) {
      const { plural, group } = resource;
      const details = { name, ...(group && { group }), kind: plural };
      const resourceName = [plural, group].filter(Boolean).join('.');
      throw new ApiError(404, `${resourceName} "${name}" not found`, details);
    }
    return found;
  };

  const podLog = (
    req: Request,
    pods: ServedResource,
    namespace: string,
    name: string,
  ) => {
    const pod = get(pods, name, namespace);
    const container = http.singleQueryValue(req, 'container');
    const { containers } = pod.spec as { containers: Array<{ name: string }> };
    if (container && !containers.some(c => c.name === container)) {
      throw new InputError(
        `container ${container} is not valid for pod ${name}`,
      );
    }
    return renderPodLog(pod, now, nonNegativeInteger(req, 'tailLines'));
  };

  /** `/api/v1/...` and `/apis/{group}/{version}/...` below the discovery documents. */
  const resourcePath = (
    req: Request,
    res: Response,
    [group, version, ...rest]: string[],
  ) => {
    const namespaced = rest[0] === 'namespaces' && rest.length >= 3;
    const namespace = namespaced ? rest[1] : undefined;
    const [plural, name, subresource, ...extra] = namespaced
      ? rest.slice(2)
      : rest;
    const resource = SERVED_RESOURCES.find(
      r => r.group === group && r.version === version && r.plural === plural,
    );
    if (!resource || extra.length > 0 || (namespaced && !resource.namespaced)) {
      unknownPath();
    }
    if (namespace !== undefined) {
      checkName('namespace', namespace);
    }
    if (name === undefined) {
      res.json(list(req, resource, namespace));
      return;
    }
    checkName('name', name);
    if (resource.namespaced && namespace === undefined) {
      unknownPath();
    } else if (subresource === undefined) {
      res.json(get(resource, name, namespace));
    } else if (
      resource.kind === 'Pod' &&
      group === '' &&
      subresource === 'log'
    ) {
      res.type('text/plain').send(podLog(req, resource, namespace!, name));
    } else {
      unknownPath();
    }
  };

  return (req: Request, res: Response) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      throw new ApiError(
        405,
        'the server does not allow this method on the requested resource (the devstack simulator is read-only)',
      );
    }
    let segments: string[];
    try {
      segments = req.path.split('/').filter(Boolean).map(decodeURIComponent);
    } catch {
      throw new InputError('malformed percent-encoding in the request path');
    }
    const [root, ...rest] = segments;
    // `/api/v1/...` is the core group, `''`; `/apis/{group}/{version}/...` the others.
    const groupPath = { api: ['', ...rest], apis: rest }[root ?? ''];
    const path = segments.join('/');
    const discovery: Record<string, () => object> = {
      '': () => ({ paths: RESOURCE_DATA.rootPaths }),
      version: () => RESOURCE_DATA.versionInfo,
      api: () => apiVersions(req.headers.host ?? ''),
      apis: apiGroupList,
    };
    if (['healthz', 'livez', 'readyz'].includes(path)) {
      res.type('text/plain').send('ok');
    } else if (Object.hasOwn(discovery, path)) {
      res.json(discovery[path]());
    } else if (!groupPath || groupPath.length < 2) {
      unknownPath();
    } else if (groupPath.length === 2) {
      const [group, version] = groupPath;
      res.json(apiResourceList(group, version) ?? unknownPath());
    } else {
      resourcePath(req, res, groupPath);
    }
  };
}

/** EKS answers health probes without credentials; everything else needs the token. */
const ANONYMOUS_PATH = /^(\/clusters\/[^/]+)?\/(healthz|livez|readyz)$/;

/** One server for all clusters: `/clusters/{name}` is each API server's root. */
export function createKubernetesApp(
  dataset: DevstackDataset,
  faults: FaultRegistry,
  options: { token: string; adminEndpoints: boolean },
): Express {
  const { clusters, now } = dataset;
  const apis = new Map(clusters.map(c => [c.name, clusterApi(c, now)]));
  const app = http.simulatorApp();
  app.use((req, _res, next) => {
    const given = http.readBearerToken(req);
    const allowed =
      ANONYMOUS_PATH.test(req.path) ||
      (given && http.tokensEqual(given, options.token));
    next(allowed ? undefined : new ApiError(401, 'Unauthorized'));
  });
  if (options.adminEndpoints) {
    app.use(faults.adminRouter());
  }
  app.get('/', (_req, res) => {
    res.json({
      clusters: clusters.map(c => `${CLUSTER_PATH_PREFIX}/${c.name}`),
    });
  });
  app.use(`${CLUSTER_PATH_PREFIX}/:cluster`, (req, res, next) => {
    const { cluster } = req.params;
    const api = apis.get(cluster) ?? unknownPath();
    faults.enact([cluster], req.path, res, next, () => api(req, res));
  });
  app.use(unknownPath);
  app.use(http.apiErrorHandler(statusBody));
  return app;
}
