import { READINESS_PATH, Replica } from './replica';

/** When a replica's readiness changed, in ms since the watch started. */
export interface ReadinessChange {
  replica: string;
  atMs: number;
  ready: boolean;
}

export interface ReadinessWatch {
  changes(): ReadinessChange[];
  stop(): Promise<ReadinessChange[]>;
}

async function isReady(replica: Replica): Promise<boolean> {
  try {
    const response = await fetch(`${replica.url}${READINESS_PATH}`, {
      signal: AbortSignal.timeout(3_000),
    });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

/** Polls each replica's readiness every `intervalMs`, keeping the changes. */
export function watchReadiness(
  replicas: Replica[],
  intervalMs = 200,
): ReadinessWatch {
  const started = Date.now();
  const changes: ReadinessChange[] = [];
  const last = new Map<string, boolean>();
  let stopping = false;
  const poll = async (replica: Replica) => {
    while (!stopping) {
      const ready = await isReady(replica);
      if (last.get(replica.name) !== ready) {
        last.set(replica.name, ready);
        changes.push({
          replica: replica.name,
          atMs: Date.now() - started,
          ready,
        });
      }
      await new Promise(resolve => setTimeout(resolve, intervalMs));
    }
  };
  const running = Promise.all(replicas.map(poll));
  return {
    changes: () => [...changes],
    async stop() {
      stopping = true;
      await running;
      return [...changes];
    },
  };
}
