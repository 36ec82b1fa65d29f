import { pollUntil } from './pollUntil';
import { restartPostgres } from './postgres';
import { ReadinessChange, watchReadiness } from './readinessWatch';
import type { ReplicaEnvironment } from './replicaEnvironment';
import { startRequestLoop, succeeded } from './requestLoop';

/** What happened to the replicas and the writes while PostgreSQL restarted. */
export interface RestartUnderWrites {
  restartMs: number;
  /** Each replica's readiness changes, timed from the start of the restart. */
  readiness: Array<ReadinessChange & { sinceRestartMs: number }>;
  writes: {
    sent: number;
    acknowledged: number;
    failed: number;
    lost: number[];
  };
  haproxyUpAfterMs: number[];
}

/**
 * Stops and starts the machine's PostgreSQL while four clients write user
 * settings through HAProxy as the signed-in user, watching both replicas'
 * readiness; then reads back every acknowledged write. PostgreSQL is started
 * again once both replicas report not ready (20 s at most).
 */
export async function restartPostgresUnderWrites(
  env: ReplicaEnvironment,
  auth: { authorization: string },
): Promise<RestartUnderWrites> {
  const { a, b } = env.replicas;
  // Both replicas in service before the fault.
  await env.haproxy.waitForState('a', 'UP', 30_000);
  await env.haproxy.waitForState('b', 'UP', 30_000);
  const watchStartedAt = Date.now();
  const watch = watchReadiness([a, b]);
  const runId = Date.now().toString(36);
  const writes = startRequestLoop(
    4,
    (i, signal) =>
      fetch(
        `${env.haproxy.url}/api/user-settings/buckets/replica-test/keys/${runId}-${i}`,
        {
          method: 'PUT',
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify({ value: { write: i } }),
          signal,
        },
      ),
    20,
  );
  await new Promise(resolve => setTimeout(resolve, 2_000));
  const restartStarted = Date.now();
  // Started again once both replicas' readiness is red (20 s at most).
  const restartMs = await restartPostgres(60_000, () =>
    pollUntil(
      'both replicas not ready while PostgreSQL is down',
      20_000,
      async () =>
        ['a', 'b'].every(name =>
          watch
            .changes()
            .some(change => change.replica === name && !change.ready),
        ),
      100,
    ).catch(() => undefined),
  );
  // Readiness is green again on both, and HAProxy has both back.
  const greenMs = await Promise.all([
    env.haproxy.waitForState('a', 'UP', 60_000),
    env.haproxy.waitForState('b', 'UP', 60_000),
  ]);
  await new Promise(resolve => setTimeout(resolve, 3_000));
  const requests = await writes.stop();
  const changes = await watch.stop();
  const acknowledged = requests.filter(succeeded).length;
  const failed = requests.length - acknowledged;
  // Every acknowledged write is there afterwards.
  const lost: number[] = [];
  for (const request of requests.filter(succeeded)) {
    const read = await fetch(
      `${env.haproxy.url}/api/user-settings/buckets/replica-test/keys/${runId}-${request.index}`,
      {
        headers: auth,
      },
    );
    const body = read.ok ? await read.json() : undefined;
    if (body?.value?.write !== request.index) {
      lost.push(request.index);
    }
  }
  const readiness = changes.map(change => ({
    ...change,
    sinceRestartMs: change.atMs - (restartStarted - watchStartedAt),
  }));
  return {
    restartMs,
    readiness,
    writes: { sent: requests.length, acknowledged, failed, lost },
    haproxyUpAfterMs: greenMs,
  };
}
