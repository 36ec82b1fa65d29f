import {
  RootLifecycleService,
  RootHealthService,
} from '@backstage/backend-plugin-api';
import { DatabaseProbe, DatabaseProbeResult } from './DatabaseProbe';

type Lifecycle = Pick<
  RootLifecycleService,
  'addStartupHook' | 'addBeforeShutdownHook'
>;

/**
 * Readiness that means something: not ready until the backend has started,
 * while it shuts down, and whenever its database does not answer. The probe
 * result is cached briefly so a burst of probes cannot load the database.
 */
export class DatabaseAwareHealthService implements RootHealthService {
  #state: 'init' | 'up' | 'down' = 'init';
  #lastCheck?: { at: number; result: Promise<DatabaseProbeResult> };

  constructor(
    private readonly options: {
      lifecycle: Lifecycle;
      probe: DatabaseProbe;
      cacheMillis?: number;
      now?: () => number;
    },
  ) {
    options.lifecycle.addStartupHook(() => {
      this.#state = 'up';
    });
    options.lifecycle.addBeforeShutdownHook(async () => {
      this.#state = 'down';
      await options.probe.close();
    });
  }

  async getLiveness() {
    return { status: 200, payload: { status: 'ok' } };
  }

  async getReadiness() {
    if (this.#state === 'init') {
      return notReady('Backend has not started yet');
    }
    if (this.#state === 'down') {
      return notReady('Backend is shutting down');
    }
    const database = await this.#probeDatabase();
    if (!database.reachable) {
      return notReady(`Database is unreachable (${database.reason})`, {
        database: 'unreachable',
      });
    }
    return {
      status: 200,
      payload: { status: 'ok', checks: { database: 'ok' } },
    };
  }

  #probeDatabase(): Promise<DatabaseProbeResult> {
    const now = (this.options.now ?? Date.now)();
    const cacheMillis = this.options.cacheMillis ?? 1000;
    if (!this.#lastCheck || now - this.#lastCheck.at >= cacheMillis) {
      this.#lastCheck = { at: now, result: this.options.probe.check() };
    }
    return this.#lastCheck.result;
  }
}

function notReady(message: string, checks?: Record<string, string>) {
  return {
    status: 503,
    payload: { status: 'error', message, ...(checks ? { checks } : {}) },
  };
}
