import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { EvidenceCollector } from '@localplus/plugin-compliance-node';
import {
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
    features: [slo.plugin, catalogServiceMock.factory({ entities: components })],
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
