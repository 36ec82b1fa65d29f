import { ErrorRequestHandler, Express, Request, Response } from 'express';
import { ClusterDataset } from '../dataset/buildDevstackDataset';
import { renderPodLog } from '../dataset/podLog';
import { FaultRegistry } from '../faults';
import * as http from '../http';
import * as resources from './resources';
import * as selectors from './selectors';

export const CLUSTER_PATH_PREFIX = '/clusters';

/** A failure a handler throws; the error handler answers it as a `Status` object. */
class KubernetesApiError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }

  get body() {
    const reason =
      resources.RESOURCE_DATA.statusReasons[this.code] ??
      (this.code >= 500 ? 'InternalError' : 'BadRequest');
    const { message, details, code } = this;
    const failure = { status: 'Failure', message, reason };
    return {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      ...failure,
      ...(details && { details }),
      code,
    };
  }
}

const badRequest = (message: string) => new KubernetesApiError(400, message);

/** What the API server says for a path that names no resource type it serves. */
const unknownPath = () =>
  new KubernetesApiError(
    404,
    'the server could not find the requested resource',
    {},
  );

function checkName(kind: string, value: string): void {
  if (value.length > 253 || !/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(value)) {
    const shown = value.slice(0, 80);
    throw badRequest(
      `invalid ${kind} "${shown}": must be a lowercase RFC 1123 subdomain`,
    );
  }
}

function nonNegativeInteger(req: Request, name: string): number | undefined {
  const raw = http.singleQueryValue(req, name);
  if (raw && !/^\d{1,9}$/.test(raw)) {
    throw badRequest(`${name} must be a non-negative integer`);
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
  throw badRequest('invalid continue token');
}

/** The read-only API of one simulated cluster: lists, gets and pod logs. */
function clusterApi(cluster: ClusterDataset, now: Date) {
  const versions = cluster.objects.map(o => Number(o.metadata.resourceVersion));
  const resourceVersion = String(Math.max(0, ...versions) + 1);
  const objectsOf = (r: resources.ServedResource) =>
    cluster.objects.filter(
      o => o.apiVersion === r.groupVersion && o.kind === r.kind,
    );

  const list = (
    req: Request,
    resource: resources.ServedResource,
    namespace?: string,
  ) => {
    const query = (name: string) => http.singleQueryValue(req, name) ?? '';
    if (query('watch') === 'true' || query('watch') === '1') {
      throw badRequest('watch is not supported by the devstack simulator');
    }
    const limit = nonNegativeInteger(req, 'limit');
    const labels = selectors.parseLabelSelector(query('labelSelector'));
    const fields = selectors.parseFieldSelector(
      query('fieldSelector'),
      resource.kind,
    );
    const matching = objectsOf(resource).filter(
      object =>
        (!namespace || object.metadata.namespace === namespace) &&
        selectors.matchesLabelSelector(object.metadata.labels, labels) &&
        selectors.matchesFieldSelector(object, fields),
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

  const get = (
    resource: resources.ServedResource,
    namespace: string | undefined,
    name: string,
  ) => {
    const found = objectsOf(resource).find(
      o => o.metadata.name === name && o.metadata.namespace === namespace,
    );
    if (!found) {
      const { plural, group } = resource;
      const details = { name, ...(group && { group }), kind: plural };
      const message = `${plural}${
        group ? `.${group}` : ''
      } "${name}" not found`;
      throw new KubernetesApiError(404, message, details);
    }
    return found;
  };

  const podLog = (
    req: Request,
    pods: resources.ServedResource,
    namespace: string,
    name: string,
  ) => {
    const pod = get(pods, namespace, name);
    const container = http.singleQueryValue(req, 'container');
    const { containers } = pod.spec as { containers: Array<{ name: string }> };
    if (container && !containers.some(c => c.name === container)) {
      throw badRequest(`container ${container} is not valid for pod ${name}`);
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
    const resource = resources.SERVED_RESOURCES.find(
      r => r.group === group && r.version === version && r.plural === plural,
    );
    if (!resource || extra.length > 0 || (namespaced && !resource.namespaced)) {
      throw unknownPath();
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
      throw unknownPath();
    } else if (subresource === undefined) {
      res.json(get(resource, namespace, name));
    } else if (
      resource.kind === 'Pod' &&
      group === '' &&
      subresource === 'log'
    ) {
      res.type('text/plain').send(podLog(req, resource, namespace!, name));
    } else {
      throw unknownPath();
    }
  };

  /** Answers one read request; throws on bad input. */
  return (req: Request, res: Response) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      throw new KubernetesApiError(
        405,
        'the server does not allow this method on the requested resource (the devstack simulator is read-only)',
      );
    }
    let segments: string[];
    try {
      segments = req.path.split('/').filter(Boolean).map(decodeURIComponent);
    } catch {
      throw badRequest('malformed percent-encoding in the request path');
    }
    const [root, second, third] = segments;
    const only = segments.length === 1 ? root : undefined;
    if (segments.length === 0) {
      res.json({ paths: resources.RESOURCE_DATA.rootPaths });
    } else if (only && ['healthz', 'livez', 'readyz'].includes(only)) {
      res.type('text/plain').send('ok');
    } else if (only === 'version') {
      res.json(resources.RESOURCE_DATA.versionInfo);
    } else if (only === 'api') {
      res.json(resources.apiVersions(req.headers.host ?? ''));
    } else if (only === 'apis') {
      res.json(resources.apiGroupList());
    } else if (root === 'api' && second === 'v1' && segments.length === 2) {
      res.json(resources.apiResourceList('', 'v1'));
    } else if (root === 'api' && second === 'v1') {
      resourcePath(req, res, ['', ...segments.slice(1)]);
    } else if (root === 'apis' && third && segments.length === 3) {
      res.json(resources.apiResourceList(second, third) ?? throwUnknownPath());
    } else if (root === 'apis' && third) {
      resourcePath(req, res, segments.slice(1));
    } else {
      throw unknownPath();
    }
  };
}

function throwUnknownPath(): never {
  throw unknownPath();
}

/** Turns thrown errors into Kubernetes Status responses; never leaks a stack. */
const statusErrorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
  let failure = new KubernetesApiError(500, 'Internal error occurred');
  if (error instanceof KubernetesApiError) {
    failure = error;
  } else if (error instanceof http.InputError) {
    failure = badRequest(`unable to parse requirement: ${error.message}`);
  } else if (error?.status >= 400 && error.status < 500) {
    // body-parser and friends: malformed or oversized input.
    failure = new KubernetesApiError(error.status, String(error.message));
  }
  if (!res.headersSent) {
    res.status(failure.code).json(failure.body);
  }
};

/** EKS answers health probes without credentials; everything else needs the token. */
const ANONYMOUS_PATH = /^(\/clusters\/[^/]+)?\/(healthz|livez|readyz)$/;

/**
 * One HTTP server for the three clusters: `/clusters/{name}` is each
 * cluster's API server root, so a cluster URL is
 * `http://127.0.0.1:7701/clusters/eks-dev`.
 */
export function createKubernetesApp(options: {
  clusters: ClusterDataset[];
  now: Date;
  token: string;
  faults: FaultRegistry;
  adminEndpoints: boolean;
}): Express {
  const { clusters, faults } = options;
  const apis = new Map(clusters.map(c => [c.name, clusterApi(c, options.now)]));
  const app = http.simulatorApp();
  app.use((req, res, next) => {
    const given = http.readBearerToken(req);
    if (
      ANONYMOUS_PATH.test(req.path) ||
      (given && http.tokensEqual(given, options.token))
    ) {
      next();
    } else {
      res.status(401).json(new KubernetesApiError(401, 'Unauthorized').body);
    }
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
    const api = apis.get(cluster) ?? throwUnknownPath();
    const message = `Internal error occurred: fault injected by the devstack for cluster ${cluster}`;
    const answer = () => {
      try {
        api(req, res);
      } catch (error) {
        next(error);
      }
    };
    faults.enact([cluster], req.path, res, answer, status => {
      res.status(status).json(new KubernetesApiError(status, message).body);
    });
  });
  app.use(throwUnknownPath);
  app.use(statusErrorHandler);
  return app;
}
