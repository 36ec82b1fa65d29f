import { seeded } from '../seededRandom';
import { KubeObject } from './objectMeta';

interface PodView {
  metadata: { name: string; namespace?: string };
  spec: { containers: Array<{ name: string }> };
  status: {
    startTime: string;
    containerStatuses: Array<{
      state: { waiting?: unknown };
      lastState: { terminated?: { startedAt: string; finishedAt: string } };
    }>;
  };
}

// 002 "Observability Requirements": structured JSON logs, no PII.
function line(
  at: Date,
  level: string,
  message: string,
  fields: Record<string, unknown> = {},
) {
  return JSON.stringify({
    timestamp: at.toISOString(),
    level,
    message,
    ...fields,
  });
}

function startupLines(service: string, from: Date): string[] {
  const at = (ms: number) => new Date(from.getTime() + ms);
  return [
    line(at(0), 'info', 'starting service', { service, port: 8080 }),
    line(at(400), 'info', 'database credentials leased from Vault', {
      ttl: '1h',
    }),
    line(at(900), 'info', 'connected to Kafka', { brokers: 3 }),
  ];
}

/**
 * The container log the pod would show: startup then access logs of probes
 * and requests for a running pod; startup then the fatal error for the
 * crash-looping one (both for the current and the previous instance, since
 * the current one is waiting to restart).
 */
export function renderPodLog(
  pod: KubeObject,
  now: Date,
  tailLines?: number,
): string {
  const view = pod as unknown as PodView;
  const service = view.spec.containers[0].name;
  const container = view.status.containerStatuses[0];
  const random = seeded(view.metadata.name, 'log');
  let lines: string[];
  if (container.state.waiting && container.lastState.terminated) {
    const started = new Date(container.lastState.terminated.startedAt);
    lines = [
      ...startupLines(service, started),
      line(new Date(started.getTime() + 1500), 'error', 'startup failed', {
        error: `KeyError: ${service
          .toUpperCase()
          .replace(/-/g, '_')}_SNAPSHOT_BUCKET is not set`,
        hint: 'the setting is new in this revision and missing from the staging overlay',
      }),
      line(new Date(started.getTime() + 1600), 'info', 'exiting', {
        exit_code: 1,
      }),
    ];
  } else {
    const started = new Date(view.status.startTime);
    lines = startupLines(service, started);
    const span = Math.max(1, now.getTime() - started.getTime() - 2000);
    const count = random.int(12, 30);
    for (let i = 0; i < count; i++) {
      const at = new Date(
        started.getTime() + 2000 + Math.floor((span * (i + 1)) / (count + 1)),
      );
      const probe = random.int(0, 2) === 0;
      lines.push(
        line(at, 'info', 'request completed', {
          method: 'GET',
          path: probe
            ? '/health/ready'
            : `/v1/${service.replace(/^svc-/, '')}s`,
          status: 200,
          duration_ms: random.int(2, probe ? 5 : 180),
        }),
      );
    }
  }
  const selected = tailLines !== undefined ? lines.slice(-tailLines) : lines;
  return selected.length > 0 ? `${selected.join('\n')}\n` : '';
}
