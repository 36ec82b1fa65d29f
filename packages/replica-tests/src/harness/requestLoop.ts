/** One request of a {@link RequestLoop}: when it ran and how it ended. */
export interface LoopedRequest {
  /** The `index` the request was made with. */
  index: number;
  startedAt: number;
  finishedAt: number;
  /** The HTTP status, or undefined for a socket error or timeout. */
  status?: number;
  error?: string;
}

export interface RequestLoop {
  /** Stops sending and resolves with every request made, oldest first. */
  stop(): Promise<LoopedRequest[]>;
}

/**
 * `workers` loops, each sending `request(i)` one after another (i counts
 * across workers) until stopped. For the fault tests, where every request's
 * time matters (was it sent after HAProxy marked the replica down?).
 */
export function startRequestLoop(
  workers: number,
  request: (index: number, signal: AbortSignal) => Promise<Response>,
  pauseMs = 0,
): RequestLoop {
  const done: LoopedRequest[] = [];
  let stopping = false;
  let index = 0;
  const loop = async () => {
    while (!stopping) {
      const startedAt = Date.now();
      const i = index++;
      try {
        const response = await request(i, AbortSignal.timeout(15_000));
        await response.arrayBuffer();
        done.push({
          index: i,
          startedAt,
          finishedAt: Date.now(),
          status: response.status,
        });
      } catch (error) {
        done.push({
          index: i,
          startedAt,
          finishedAt: Date.now(),
          error: (error as Error).cause
            ? String((error as Error).cause)
            : String(error),
        });
      }
      if (pauseMs > 0) {
        await new Promise(resolve => setTimeout(resolve, pauseMs));
      }
    }
  };
  const running = Promise.all(Array.from({ length: workers }, loop));
  return {
    async stop() {
      stopping = true;
      await running;
      return done.sort((x, y) => x.startedAt - y.startedAt);
    },
  };
}

/** True for a request answered 2xx. */
export const succeeded = (request: LoopedRequest) =>
  request.status !== undefined && request.status >= 200 && request.status < 300;
