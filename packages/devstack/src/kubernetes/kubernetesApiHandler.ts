import { Request, Response } from 'express';
import { singleQueryValue } from '../http/queryParams';
import { ClusterStore } from './ClusterStore';
import {
  apiGroupList,
  apiResourceList,
  coreApiVersions,
  versionInfo,
} from './discovery';
import { parseFieldSelector } from './fieldSelector';
import { KubernetesApiError } from './kubernetesStatus';
import { parseLabelSelector } from './labelSelector';
import { findServedResource, ServedResource } from './servedResources';

const OBJECT_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
const HEALTH_PATHS = new Set(['healthz', 'livez', 'readyz']);

function decodeSegments(path: string): string[] {
  try {
    return path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    throw KubernetesApiError.badRequest(
      'malformed percent-encoding in the request path',
    );
  }
}

function checkName(kind: string, value: string): void {
  if (value.length > 253 || !OBJECT_NAME.test(value)) {
    throw KubernetesApiError.badRequest(
      `invalid ${kind} "${value.slice(
        0,
        80,
      )}": must be a lowercase RFC 1123 subdomain`,
    );
  }
}

function nonNegativeInteger(req: Request, name: string): number | undefined {
  const raw = singleQueryValue(req, name);
  if (raw === undefined || raw === '') {
    return undefined;
  }
  if (!/^\d{1,9}$/.test(raw)) {
    throw KubernetesApiError.badRequest(
      `${name} must be a non-negative integer`,
    );
  }
  return Number(raw);
}

function listResources(
  req: Request,
  res: Response,
  store: ClusterStore,
  resource: ServedResource,
  namespace: string | undefined,
): void {
  const watch = singleQueryValue(req, 'watch');
  if (watch === 'true' || watch === '1') {
    throw KubernetesApiError.badRequest(
      'watch is not supported by the devstack simulator',
    );
  }
  const limit = nonNegativeInteger(req, 'limit');
  res.json(
    store.list(resource, {
      namespace,
      labelSelector: parseLabelSelector(
        singleQueryValue(req, 'labelSelector') ?? '',
      ),
      fieldSelector: parseFieldSelector(
        singleQueryValue(req, 'fieldSelector') ?? '',
        resource.kind,
      ),
      limit: limit || undefined,
      continueToken: singleQueryValue(req, 'continue') || undefined,
    }),
  );
}

/** `/api/v1/...` and `/apis/{group}/{version}/...` below the discovery documents. */
function handleResourcePath(
  req: Request,
  res: Response,
  store: ClusterStore,
  group: string,
  version: string,
  rest: string[],
): void {
  const namespaced = rest[0] === 'namespaces' && rest.length >= 3;
  const namespace = namespaced ? rest[1] : undefined;
  const [plural, name, subresource, ...extra] = namespaced
    ? rest.slice(2)
    : rest;
  const resource = findServedResource(group, version, plural);
  if (
    !resource ||
    extra.length > 0 ||
    (namespace !== undefined && !resource.namespaced)
  ) {
    throw KubernetesApiError.unknownPath();
  }
  if (namespace !== undefined) {
    checkName('namespace', namespace);
  }
  if (name === undefined) {
    listResources(req, res, store, resource, namespace);
    return;
  }
  checkName('name', name);
  if (resource.namespaced && namespace === undefined) {
    throw KubernetesApiError.unknownPath();
  }
  if (subresource === undefined) {
    res.json(store.get(resource, namespace, name));
    return;
  }
  if (resource.kind !== 'Pod' || group !== '' || subresource !== 'log') {
    throw KubernetesApiError.unknownPath();
  }
  const log = store.podLog(
    namespace!,
    name,
    singleQueryValue(req, 'container'),
    nonNegativeInteger(req, 'tailLines'),
  );
  res.type('text/plain').send(log);
}

/** Answers one read request against a cluster's store; throws on bad input. */
export function handleKubernetesRequest(
  req: Request,
  res: Response,
  store: ClusterStore,
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    throw KubernetesApiError.methodNotAllowed();
  }
  const segments = decodeSegments(req.path);
  const [root, second, third] = segments;
  if (segments.length === 0) {
    res.json({
      paths: [
        '/api',
        '/api/v1',
        '/apis',
        '/healthz',
        '/livez',
        '/readyz',
        '/version',
      ],
    });
  } else if (segments.length === 1 && HEALTH_PATHS.has(root)) {
    res.type('text/plain').send('ok');
  } else if (segments.length === 1 && root === 'version') {
    res.json(versionInfo());
  } else if (segments.length === 1 && root === 'api') {
    res.json(coreApiVersions(req.headers.host ?? ''));
  } else if (segments.length === 1 && root === 'apis') {
    res.json(apiGroupList());
  } else if (root === 'api' && second === 'v1') {
    if (segments.length === 2) {
      res.json(apiResourceList('', 'v1'));
    } else {
      handleResourcePath(req, res, store, '', 'v1', segments.slice(2));
    }
  } else if (root === 'apis' && second && third) {
    const discovery =
      segments.length === 3 ? apiResourceList(second, third) : undefined;
    if (segments.length === 3 && !discovery) {
      throw KubernetesApiError.unknownPath();
    }
    if (discovery) {
      res.json(discovery);
    } else {
      handleResourcePath(req, res, store, second, third, segments.slice(3));
    }
  } else {
    throw KubernetesApiError.unknownPath();
  }
}
