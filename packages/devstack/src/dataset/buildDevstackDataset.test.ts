import { expectedPods, findWorkload } from '../__testUtils__/datasetQueries';
import { buildDevstackDataset } from './buildDevstackDataset';
import { lastDailyRun } from './workloadObjects';
import { publicRouteFor } from './workloadPlan';

const NOW = new Date('2026-01-15T12:00:00Z');
const dataset = buildDevstackDataset({ now: NOW });

type PodStatus = {
  containerStatuses: Array<{ state: { waiting?: { reason: string } } }>;
};

describe('buildDevstackDataset', () => {
  it('is deterministic for a given catalog and time', () => {
    expect(JSON.stringify(buildDevstackDataset({ now: NOW }).clusters)).toBe(
      JSON.stringify(dataset.clusters),
    );
  });

  it('keeps names, counts and revisions independent of the time, except Job names', () => {
    const later = buildDevstackDataset({
      now: new Date('2026-03-01T08:30:00Z'),
    });
    const names = (d: typeof dataset) =>
      d.clusters.flatMap(c =>
        c.objects.map(o =>
          // Like the CronJob controller, Job names carry the scheduled minute.
          o.kind === 'Job'
            ? `${c.name}/Job/${o.metadata.name.replace(/-\d+$/, '')}`
            : `${c.name}/${o.kind}/${o.metadata.name}`,
        ),
      );
    expect(names(later)).toEqual(names(dataset));
    expect(later.applications.map(a => a.status.sync.revision)).toEqual(
      dataset.applications.map(a => a.status.sync.revision),
    );
  });

  it('deploys every component to every cluster, with one application per environment', () => {
    expect(dataset.clusters.map(c => c.name)).toEqual([
      'eks-dev',
      'eks-staging',
      'eks-prod',
    ]);
    for (const cluster of dataset.clusters) {
      expect(cluster.workloads).toHaveLength(dataset.components.length);
    }
    expect(dataset.applications).toHaveLength(3 * dataset.components.length);
  });

  it('runs the template minimum of two replicas, except the HPA at maximum', () => {
    const replicas = dataset.clusters.flatMap(c =>
      c.workloads.map(
        w => `${c.name}/${w.plan.component.name}=${w.plan.desiredReplicas}`,
      ),
    );
    expect(replicas.filter(r => !r.endsWith('=2'))).toEqual([
      'eks-prod/svc-ledger=10',
    ]);
    expect(expectedPods(dataset, 'eks-prod', 'svc-ledger')).toHaveLength(10);
  });

  it('has exactly one crash-looping pod and its workload is Degraded in Argo CD', () => {
    const crashing = dataset.clusters.flatMap(c =>
      c.workloads.flatMap(w =>
        w.pods
          .filter(p =>
            (p.status as PodStatus).containerStatuses.some(
              s => s.state.waiting?.reason === 'CrashLoopBackOff',
            ),
          )
          .map(() => `${c.name}/${w.plan.component.name}`),
      ),
    );
    expect(crashing).toEqual(['eks-staging/svc-wallet']);
    expect(
      findWorkload(dataset, 'eks-staging', 'svc-wallet')?.application.status
        .health.status,
    ).toBe('Degraded');
  });

  it('agrees between the clusters and Argo CD on what runs', () => {
    for (const cluster of dataset.clusters) {
      for (const workload of cluster.workloads) {
        const images = new Set(
          workload.pods.map(
            p =>
              (p.spec as { containers: Array<{ image: string }> }).containers[0]
                .image,
          ),
        );
        const app = workload.application;
        expect((app.status.summary as { images: string[] }).images).toEqual(
          [...images].sort(),
        );
        const lastSync = app.status.history[app.status.history.length - 1];
        expect(
          [...images].some(i =>
            i.endsWith(`:${lastSync.revision.slice(0, 7)}`),
          ),
        ).toBe(true);
      }
    }
  });

  it('starts every Argo CD sync before it ends, so durations are positive', () => {
    // The portal once showed "Took 00:-01:-25" for a sync that ended before it began.
    const entries = dataset.applications.flatMap(a => a.status.history);
    expect(entries.length).toBeGreaterThan(dataset.applications.length);
    for (const entry of entries) {
      const took =
        new Date(entry.deployedAt).getTime() -
        new Date(entry.deployStartedAt).getTime();
      expect(took).toBeGreaterThan(0);
    }
  });

  it('places every timestamp before the moment it describes', () => {
    const timestamps =
      JSON.stringify(dataset.clusters).match(/"\d{4}-\d{2}-\d{2}T[\d:.]+Z"/g) ??
      [];
    expect(timestamps.length).toBeGreaterThan(100);
    for (const timestamp of timestamps) {
      expect(new Date(JSON.parse(timestamp)).getTime()).toBeLessThanOrEqual(
        NOW.getTime(),
      );
    }
  });

  it('gives distinct names and uids', () => {
    for (const cluster of dataset.clusters) {
      const uids = cluster.objects.map(o => o.metadata.uid);
      expect(new Set(uids).size).toBe(uids.length);
      const keys = cluster.objects.map(
        o => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`,
      );
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('applies scenarios only to components that exist', () => {
    const quiet = buildDevstackDataset({
      now: NOW,
      scenarios: { crashLoop: { component: 'svc-absent', environment: 'dev' } },
    });
    expect(
      quiet.applications.every(a => a.status.health.status === 'Healthy'),
    ).toBe(true);
    expect(
      quiet.applications.every(a => a.status.sync.status === 'Synced'),
    ).toBe(true);
  });
});

describe('public routes', () => {
  const servers = [
    { url: 'https://api.localplus.example/ledger', description: 'Production' },
    {
      url: 'https://api.staging.localplus.example/ledger',
      description: 'Staging',
    },
  ];

  it('uses the OpenAPI server of the environment, or derives it from production', () => {
    expect(publicRouteFor(servers, 'prod')).toMatchObject({
      hostname: 'api.localplus.example',
      pathPrefix: '/ledger',
    });
    expect(publicRouteFor(servers, 'staging')?.hostname).toBe(
      'api.staging.localplus.example',
    );
    expect(publicRouteFor(servers, 'dev')?.url).toBe(
      'https://api.dev.localplus.example/ledger',
    );
    expect(publicRouteFor([], 'prod')).toBeUndefined();
  });
});

describe('lastDailyRun', () => {
  it('finds the latest daily run before now', () => {
    expect(lastDailyRun('0 2 * * *', NOW).toISOString()).toBe(
      '2026-01-15T02:00:00.000Z',
    );
    expect(lastDailyRun('0 13 * * *', NOW).toISOString()).toBe(
      '2026-01-14T13:00:00.000Z',
    );
  });
});
