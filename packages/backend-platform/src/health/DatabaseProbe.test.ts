import { ConfigReader } from '@backstage/config';
import { createDatabaseProbe, DatabaseProbe } from './DatabaseProbe';

const machinePostgres =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;

function probeFor(database: object): DatabaseProbe {
  return createDatabaseProbe(new ConfigReader({ backend: { database } }));
}

describe('createDatabaseProbe', () => {
  const probes: DatabaseProbe[] = [];
  const track = (probe: DatabaseProbe) => {
    probes.push(probe);
    return probe;
  };
  afterAll(() => Promise.all(probes.map(p => p.close())));

  it('reaches SQLite in memory', async () => {
    const probe = track(
      probeFor({ client: 'better-sqlite3', connection: ':memory:' }),
    );
    await expect(probe.check()).resolves.toEqual({ reachable: true });
  });

  it('reaches the machine PostgreSQL', async () => {
    expect(machinePostgres).toBeDefined();
    const probe = track(
      probeFor({ client: 'pg', connection: machinePostgres }),
    );
    await expect(probe.check()).resolves.toEqual({ reachable: true });
  });

  it('reports a closed port without leaking the connection string', async () => {
    const probe = track(
      probeFor({
        client: 'pg',
        connection: {
          host: '127.0.0.1',
          port: 1,
          user: 'u',
          password: 's3cr3t-value',
        },
      }),
    );
    const result = await probe.check();
    expect(result).toEqual({ reachable: false, reason: 'ECONNREFUSED' });
    expect(JSON.stringify(result)).not.toContain('s3cr3t-value');
  });

  it('recovers on the next check once the server answers again', async () => {
    const probe = track(
      probeFor({ client: 'pg', connection: machinePostgres }),
    );
    await probe.check();
    await expect(probe.check()).resolves.toEqual({ reachable: true });
  });
});
