import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type {
  CollectedObservation,
  EvidenceCollector,
} from '@localplus/plugin-compliance-node';
import {
  collectionContext,
  standInPlugin,
  startHostileServer,
} from '@localplus/plugin-compliance-node/testUtils';
import { startCollectorBackend } from './startCollectorBackend';

// Sources that misbehave for the collector's hostile tests: an SLO backend
// (a stand-in plugin answering what a test sets) and a Prometheus (a local
// HTTP server answering what a test sets), behind a real backend.

export const LEDGER = 'component:default/svc-ledger';
export const TOKEN = 'prometheus-secret-token-0123';

export const components: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'svc-ledger',
      annotations: {
        'localplus.io/criticality': 'P0',
        'localplus.io/openslo': './slo/svc-ledger.yaml',
      },
    },
    spec: { type: 'service', owner: 'team-loyalty', lifecycle: 'production' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'svc-minor',
      annotations: { 'localplus.io/criticality': 'P3' },
    },
    spec: { type: 'service', owner: 'team-loyalty', lifecycle: 'production' },
  },
];

export const overview = (rows: object[]) => ({ rows, documentProblems: [] });
export const ledgerRow = {
  key: `${LEDGER}#svc-ledger-availability#0`,
  entityRef: LEDGER,
  sloName: 'svc-ledger-availability',
  objectiveName: '99.9 %',
  status: 'ok',
  state: 'normal',
};

/** The collector with its two misbehaving sources; close `prometheus` after. */
export async function startHostileSources(): Promise<{
  slo: ReturnType<typeof standInPlugin>;
  prometheus: Awaited<ReturnType<typeof startHostileServer>>;
  collector: EvidenceCollector;
  sloUrl: string;
}> {
  const slo = standInPlugin('slo');
  const prometheus = await startHostileServer();
  const started = await startCollectorBackend({
    features: [
      slo.plugin,
      catalogServiceMock.factory({ entities: components }),
    ],
    config: {
      slo: {
        prometheus: {
          environments: {
            prod: {
              baseUrl: prometheus.url,
              headers: { Authorization: `Bearer ${TOKEN}` },
            },
          },
        },
      },
    },
  });
  return {
    slo,
    prometheus,
    collector: started.collector,
    sloUrl: `http://localhost:${started.backend.server.port()}/api/slo`,
  };
}

/**
 * The hostile sources for one test file: started before its tests, their
 * requests forgotten before each, closed after. `prometheus` and `sloUrl`
 * are read once the sources run (in tests and their hooks).
 */
export function useHostileSources() {
  let started: Awaited<ReturnType<typeof startHostileSources>> | undefined;
  const running = () => {
    if (!started) throw new Error('the hostile sources are not started yet');
    return started;
  };
  beforeAll(async () => {
    started = await startHostileSources();
  });
  afterAll(async () => {
    await started?.prometheus.close();
  });
  beforeEach(() => {
    running().prometheus.state.requests.length = 0;
  });
  return {
    get slo() {
      return running().slo;
    },
    get prometheus() {
      return running().prometheus;
    },
    get collector() {
      return running().collector;
    },
    get sloUrl() {
      return running().sloUrl;
    },
    collect: (...requested: Parameters<typeof collectionContext>[0]) =>
      running().collector.collect(collectionContext(requested)),
    ledgerOf: (observations: CollectedObservation[]) =>
      observations.find(o => o.subject === LEDGER),
  };
}
