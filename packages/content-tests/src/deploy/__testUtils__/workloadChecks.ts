import { podTemplateOf } from '@localplus/plugin-golden-path-common';
import { objectsOfKind, RenderedObject } from './renderKustomization';

/** A `matchLabels` selector matches when every pair is among the labels. */
export function selects(selector: unknown, labels: unknown): boolean {
  const wanted = Object.entries((selector ?? {}) as Record<string, string>);
  const held = (labels ?? {}) as Record<string, string>;
  return (
    wanted.length > 0 && wanted.every(([key, value]) => held[key] === value)
  );
}

/** The Deployments no PodDisruptionBudget protects. */
export function unprotectedDeployments(
  objects: readonly RenderedObject[],
): string[] {
  const budgets = objectsOfKind(objects, 'PodDisruptionBudget');
  return objectsOfKind(objects, 'Deployment')
    .filter(
      deployment =>
        !budgets.some(budget =>
          selects(
            budget.spec?.selector?.matchLabels,
            podTemplateOf(deployment)?.labels,
          ),
        ),
    )
    .map(deployment => String(deployment.metadata?.name));
}

/** The container port a Service port leads to, by name or number. */
function containerPortFor(servicePort: any, ports: any[]): any {
  const target = servicePort?.targetPort ?? servicePort?.port;
  return ports.find(port =>
    typeof target === 'string'
      ? port.name === target
      : port.containerPort === target,
  );
}

/**
 * Why a ServiceMonitor endpoint would scrape nothing: no Service it selects
 * has the endpoint's port, or that port does not lead to a container port
 * of a selected pod, or the path is not /metrics. Also the ServiceMonitors'
 * absence.
 */
export function scrapeProblems(objects: readonly RenderedObject[]): string[] {
  const monitors = objectsOfKind(objects, 'ServiceMonitor');
  if (monitors.length === 0) return ['no ServiceMonitor'];
  const problems: string[] = [];
  const services = objectsOfKind(objects, 'Service');
  const pods = objectsOfKind(objects, 'Deployment').flatMap(
    deployment => podTemplateOf(deployment) ?? [],
  );
  for (const monitor of monitors) {
    const selected = services.filter(service =>
      selects(monitor.spec?.selector?.matchLabels, service.metadata?.labels),
    );
    for (const endpoint of monitor.spec?.endpoints ?? []) {
      const where = `ServiceMonitor/${monitor.metadata?.name} port ${endpoint.port}`;
      if (endpoint.path !== '/metrics') {
        problems.push(`${where} scrapes ${endpoint.path}, not /metrics`);
      }
      const reached = selected.flatMap(service => {
        const servicePort = (service.spec?.ports ?? []).find(
          (port: any) => port.name === endpoint.port,
        );
        if (!servicePort) return [];
        return pods
          .filter(pod => selects(service.spec?.selector, pod.labels))
          .flatMap(pod =>
            pod.containers.map(container =>
              containerPortFor(
                servicePort,
                (container.spec as any).ports ?? [],
              ),
            ),
          )
          .filter(Boolean);
      });
      if (reached.length === 0) {
        problems.push(`${where} reaches no container port`);
      }
    }
  }
  return problems;
}

/** Images without a pinned tag or digest, or on `latest`. */
export function unpinnedImages(objects: readonly RenderedObject[]): string[] {
  return objects
    .flatMap(object => podTemplateOf(object)?.containers ?? [])
    .map(container => String(container.spec.image))
    .filter(image => {
      if (image.includes('@sha256:')) return false;
      const tag = /:([^/:]+)$/.exec(image)?.[1];
      return !tag || tag === 'latest';
    });
}
