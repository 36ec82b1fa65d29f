import { KubeObject } from './kubeObject';
import { TEMPLATES } from './kubernetesTemplates';
import { seeded } from './random';
import { render } from './renderTemplate';

/**
 * The container log the pod would show (data/kubernetes-templates.yaml,
 * `podLog`): its startup, then requests, or the fatal error of the previous
 * instance when the current one is waiting to restart.
 */
export function renderPodLog(pod: KubeObject, now: Date, tailLines?: number) {
  const { spec, status } = pod as Record<string, any>;
  const service: string = spec.containers[0].name;
  const container = status.containerStatuses[0];
  const crashed = container.state.waiting && container.lastState.terminated;
  const started = Date.parse(crashed ? crashed.startedAt : status.startTime);
  const { startup, crash, request, requestPaths } = TEMPLATES.podLog;
  const scope = {
    service,
    setting: service.toUpperCase().replace(/-/g, '_'),
    resource: service.replace(/^svc-/, ''),
  };
  const entries = [...startup, ...(crashed ? crash : [])];
  if (!crashed) {
    const random = seeded(pod.metadata.name, 'log');
    const span = Math.max(1, now.getTime() - started - 2000);
    const count = random.int(12, 30);
    for (let i = 0; i < count; i++) {
      const probe = random.int(0, 2) === 0;
      const path = probe ? requestPaths.probe : requestPaths.api;
      entries.push(
        render(request, {
          path: render(path, scope),
          at: 2000 + Math.floor((span * (i + 1)) / (count + 1)),
          duration: random.int(2, probe ? 5 : 180),
        }) as typeof request,
      );
    }
  }
  const lines = entries.map(entry => {
    const { at, ...fields } = render(entry, scope) as typeof entry;
    const timestamp = new Date(started + Number(at)).toISOString();
    return JSON.stringify({ timestamp, ...fields });
  });
  const selected = tailLines !== undefined ? lines.slice(-tailLines) : lines;
  return selected.length > 0 ? `${selected.join('\n')}\n` : '';
}
