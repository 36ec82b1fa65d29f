import { DatabaseAwareHealthService } from './DatabaseAwareHealthService';
import { DatabaseProbe, DatabaseProbeResult } from './DatabaseProbe';

function setup(results: DatabaseProbeResult[]) {
  const hooks: { startup: Array<() => void>; shutdown: Array<() => unknown> } =
    {
      startup: [],
      shutdown: [],
    };
  const probe: DatabaseProbe = {
    check: jest.fn(
      async (): Promise<DatabaseProbeResult> =>
        results.shift() ?? { reachable: true },
    ),
    close: jest.fn(async () => {}),
  };
  let now = 0;
  const service = new DatabaseAwareHealthService({
    lifecycle: {
      addStartupHook: hook => hooks.startup.push(hook as () => void),
      addBeforeShutdownHook: hook => hooks.shutdown.push(hook as () => unknown),
    },
    probe,
    cacheMillis: 1000,
    now: () => now,
  });
  return {
    service,
    probe,
    start: () => hooks.startup.forEach(h => h()),
    shutdown: () => Promise.all(hooks.shutdown.map(h => h())),
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('DatabaseAwareHealthService', () => {
  it('is alive from the start but not ready before startup', async () => {
    const { service, probe } = setup([]);
    expect((await service.getLiveness()).status).toBe(200);
    expect(await service.getReadiness()).toEqual({
      status: 503,
      payload: { status: 'error', message: 'Backend has not started yet' },
    });
    expect(probe.check).not.toHaveBeenCalled();
  });

  it('follows the database: ready, then not ready while it is down, then ready again', async () => {
    const { service, start, advance } = setup([
      { reachable: true },
      { reachable: false, reason: 'ECONNREFUSED' },
      { reachable: true },
    ]);
    start();
    expect((await service.getReadiness()).status).toBe(200);
    advance(1000);
    expect(await service.getReadiness()).toEqual({
      status: 503,
      payload: {
        status: 'error',
        message: 'Database is unreachable (ECONNREFUSED)',
        checks: { database: 'unreachable' },
      },
    });
    advance(1000);
    expect(await service.getReadiness()).toEqual({
      status: 200,
      payload: { status: 'ok', checks: { database: 'ok' } },
    });
  });

  it('reuses one probe for a burst of readiness requests', async () => {
    const { service, probe, start, advance } = setup([]);
    start();
    await Promise.all(Array.from({ length: 50 }, () => service.getReadiness()));
    expect(probe.check).toHaveBeenCalledTimes(1);
    advance(999);
    await service.getReadiness();
    expect(probe.check).toHaveBeenCalledTimes(1);
    advance(1);
    await service.getReadiness();
    expect(probe.check).toHaveBeenCalledTimes(2);
  });

  it('reports shutting down and closes the probe', async () => {
    const { service, probe, start, shutdown } = setup([]);
    start();
    await shutdown();
    expect((await service.getReadiness()).payload).toMatchObject({
      message: 'Backend is shutting down',
    });
    expect(probe.close).toHaveBeenCalled();
  });
});
