import { ApiServer } from '../../catalog/deployableComponents';
import { EnvironmentName, GATEWAY, SERVICE_TEMPLATE } from '../seedFacts';
import { seeded } from '../seededRandom';
import { WorkloadPlan } from '../workloadPlan';
import { iso, KubeObject, objectMeta, workloadLabels } from './objectMeta';

export interface PublicRoute {
  hostname: string;
  pathPrefix: string;
  url: string;
}

function environmentOfServer(server: ApiServer): EnvironmentName | undefined {
  const description = server.description ?? '';
  if (/prod/i.test(description)) return 'prod';
  if (/staging/i.test(description)) return 'staging';
  if (/dev/i.test(description)) return 'dev';
  return undefined;
}

/**
 * Where a public component is reached in an environment, read from the
 * `servers` of the OpenAPI documents it provides. The documents name
 * production and staging; other environments follow staging's pattern
 * (`api.<env>.<production domain>`). Undefined when the component has no
 * public REST API.
 */
export function publicRouteFor(
  servers: ApiServer[],
  environment: EnvironmentName,
): PublicRoute | undefined {
  const own = servers.find(s => environmentOfServer(s) === environment);
  const production =
    servers.find(s => environmentOfServer(s) === 'prod') ?? servers[0];
  if (!own && !production) {
    return undefined;
  }
  const url = new URL((own ?? production).url);
  if (!own) {
    const [first, ...rest] = url.hostname.split('.');
    url.hostname = [first, environment, ...rest].join('.');
  }
  const pathPrefix = url.pathname.replace(/\/$/, '') || '/';
  return {
    hostname: url.hostname,
    pathPrefix,
    url: `${url.origin}${pathPrefix}`,
  };
}

export function buildService(plan: WorkloadPlan): KubeObject {
  const random = seeded(
    plan.env.cluster,
    plan.component.kubernetesId,
    'service',
  );
  // EKS's default service range is 172.20.0.0/16.
  const clusterIP = `172.20.${random.int(0, 255)}.${random.int(1, 254)}`;
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: objectMeta('Service', {
      name: plan.component.kubernetesId,
      namespace: plan.namespace,
      cluster: plan.env.cluster,
      createdAt: plan.history[0].deployStartedAt,
      labels: workloadLabels(plan),
    }),
    spec: {
      type: 'ClusterIP',
      clusterIP,
      clusterIPs: [clusterIP],
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      internalTrafficPolicy: 'Cluster',
      sessionAffinity: 'None',
      ports: [
        {
          name: SERVICE_TEMPLATE.port.name,
          port: SERVICE_TEMPLATE.port.containerPort,
          targetPort: SERVICE_TEMPLATE.port.name,
          protocol: 'TCP',
        },
      ],
      selector: { 'app.kubernetes.io/name': plan.component.kubernetesId },
    },
    status: { loadBalancer: {} },
  };
}

/** 001 §9.3: path-based HTTPRoute on the Cilium Gateway; the prefix is stripped. */
export function buildHttpRoute(
  plan: WorkloadPlan,
  route: PublicRoute,
): KubeObject {
  const parentRef = {
    group: 'gateway.networking.k8s.io',
    kind: 'Gateway',
    name: GATEWAY.name,
    namespace: GATEWAY.namespace,
    sectionName: GATEWAY.sectionName,
  };
  const since = iso(plan.history[0].deployedAt);
  const condition = (type: string, reason: string, message: string) => ({
    type,
    status: 'True',
    reason,
    message,
    observedGeneration: 1,
    lastTransitionTime: since,
  });
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: {
      ...objectMeta('HTTPRoute', {
        name: plan.component.kubernetesId,
        namespace: plan.namespace,
        cluster: plan.env.cluster,
        createdAt: plan.history[0].deployStartedAt,
        labels: workloadLabels(plan),
      }),
      generation: 1,
    },
    spec: {
      parentRefs: [parentRef],
      hostnames: [route.hostname],
      rules: [
        {
          matches: [{ path: { type: 'PathPrefix', value: route.pathPrefix } }],
          filters: [
            {
              type: 'URLRewrite',
              urlRewrite: {
                path: { type: 'ReplacePrefixMatch', replacePrefixMatch: '/' },
              },
            },
          ],
          backendRefs: [
            {
              group: '',
              kind: 'Service',
              name: plan.component.kubernetesId,
              port: SERVICE_TEMPLATE.port.containerPort,
              weight: 1,
            },
          ],
        },
      ],
    },
    status: {
      parents: [
        {
          parentRef,
          controllerName: GATEWAY.controllerName,
          conditions: [
            condition('Accepted', 'Accepted', 'Accepted HTTPRoute'),
            condition(
              'ResolvedRefs',
              'ResolvedRefs',
              'Service reference is valid',
            ),
          ],
        },
      ],
    },
  };
}
