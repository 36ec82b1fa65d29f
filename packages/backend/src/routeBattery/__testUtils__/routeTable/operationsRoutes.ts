import { operators, podLogReaders } from './answers';
import { everyone, RouteTable } from './types';

const ledgerEntity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'svc-ledger', namespace: 'default' },
};
const KUBERNETES_CLIENT_IN_JEST =
  "the Kubernetes backend loads @kubernetes/client-node with import(), which Jest's VM cannot run (e2e covers the data path)";
/** Roadie's Argo CD backend checks nothing itself; our module guards its writes. */
const ARGO_WRITE =
  'argocd.application.write (the argocd write-guard module, mounted before Roadie)';
const selector = encodeURIComponent('app.kubernetes.io/name=svc-ledger');
const instance = '/api/argocd/argoInstance/argocd-central';

/** Kubernetes and Argo CD: what runs where. */
export const operationsRoutes: RouteTable = {
  'USE /api/kubernetes/proxy/* (<anonymous>)': {
    checks: 'kubernetes.proxy (pod logs and any other cluster API call)',
    sample: {
      path: '/api/kubernetes/proxy/api/v1/namespaces/svc-ledger/pods',
      headers: { 'Backstage-Kubernetes-Cluster': 'eks-dev' },
    },
    expect: podLogReaders,
    serverErrorExpected: KUBERNETES_CLIENT_IN_JEST,
  },
  'GET /api/kubernetes/clusters': {
    checks: 'kubernetes.clusters.read',
    sample: { path: '/api/kubernetes/clusters' },
    expect: everyone,
  },
  'POST /api/kubernetes/services/:serviceId': {
    checks: 'kubernetes.resources.read, then catalog.entity.read of the entity',
    sample: {
      path: '/api/kubernetes/services/svc-ledger',
      body: { entity: ledgerEntity },
    },
    expect: everyone,
    serverErrorExpected: KUBERNETES_CLIENT_IN_JEST,
  },
  'POST /api/kubernetes/resources/workloads/query': {
    checks: 'kubernetes.resources.read, then catalog.entity.read of the entity',
    sample: {
      path: '/api/kubernetes/resources/workloads/query',
      body: { entityRef: 'component:default/svc-ledger', auth: {} },
    },
    expect: everyone,
    serverErrorExpected: KUBERNETES_CLIENT_IN_JEST,
  },
  'POST /api/kubernetes/resources/custom/query': {
    checks: 'kubernetes.resources.read, then catalog.entity.read of the entity',
    sample: {
      path: '/api/kubernetes/resources/custom/query',
      body: {
        entityRef: 'component:default/svc-ledger',
        auth: {},
        customResources: [
          {
            group: 'gateway.networking.k8s.io',
            apiVersion: 'v1',
            plural: 'httproutes',
          },
        ],
      },
    },
    expect: everyone,
    serverErrorExpected: KUBERNETES_CLIENT_IN_JEST,
  },

  'USE /api/argocd/* (argocdWriteGuard)': {
    checks: `${ARGO_WRITE}, for every method but GET and HEAD, routes Roadie does not have included`,
    // A method no Roadie route answers: refused, or for operators Roadie's 404.
    sample: { method: 'PATCH', path: '/api/argocd/route-battery' },
    expect: operators,
  },
  'GET /api/argocd/allArgoApps/:argoInstanceName': {
    checks: 'none: Argo CD applications, read-only',
    sample: { path: '/api/argocd/allArgoApps/argocd-central' },
    expect: everyone,
  },
  'GET /api/argocd/argoInstance/:argoInstance/repo/:repo/source/:source': {
    checks: 'none: Argo CD applications, read-only',
    sample: {
      path: `${instance}/repo/localplus/source/${encodeURIComponent(
        'deploy/svc-ledger',
      )}`,
    },
    expect: everyone,
  },
  'GET /api/argocd/find/name/:argoAppName': {
    checks: 'none: Argo CD applications, read-only',
    sample: { path: '/api/argocd/find/name/svc-ledger-prod' },
    expect: everyone,
  },
  'GET /api/argocd/find/selector/:argoAppSelector': {
    checks: 'none: Argo CD applications, read-only',
    sample: { path: `/api/argocd/find/selector/${selector}` },
    expect: everyone,
  },
  'GET /api/argocd/argoInstance/:argoInstanceName/applications/name/:argoAppName':
    {
      checks: 'none: Argo CD applications, read-only',
      sample: { path: `${instance}/applications/name/svc-ledger-prod` },
      expect: everyone,
    },
  'GET /api/argocd/argoInstance/:argoInstanceName/applications/name/:argoAppName/revisions/:revisionID/metadata':
    {
      checks: 'none: Argo CD applications, read-only',
      sample: {
        path: `${instance}/applications/name/svc-ledger-prod/revisions/HEAD/metadata`,
      },
      expect: everyone,
    },
  'GET /api/argocd/argoInstance/:argoInstanceName/applications/selector/:argoAppSelector':
    {
      checks: 'none: Argo CD applications, read-only',
      sample: { path: `${instance}/applications/selector/${selector}` },
      expect: everyone,
    },
  'GET /api/argocd/argoInstance/:argoInstanceName/applications/:argoAppName': {
    checks: 'none: Argo CD applications, read-only',
    sample: { path: `${instance}/applications/svc-ledger-prod` },
    expect: everyone,
  },
  'POST /api/argocd/createArgo': {
    checks: ARGO_WRITE,
    sample: {
      path: '/api/argocd/createArgo',
      body: {
        clusterName: 'route-battery-no-such-instance',
        appName: 'route-battery',
      },
    },
    expect: operators,
    serverErrorExpected:
      'the sample names no Argo CD instance, so nothing is created',
  },
  'PUT /api/argocd/updateArgo/:argoAppName': {
    checks: ARGO_WRITE,
    sample: {
      path: '/api/argocd/updateArgo/route-battery',
      body: {
        clusterName: 'route-battery-no-such-instance',
        appName: 'route-battery',
      },
    },
    expect: operators,
    serverErrorExpected:
      'the sample names no Argo CD instance, so nothing is changed',
  },
  'POST /api/argocd/sync': {
    checks: ARGO_WRITE,
    sample: {
      path: '/api/argocd/sync',
      body: { appSelector: 'app.kubernetes.io/name=route-battery-nothing' },
    },
    expect: operators,
  },
  'DELETE /api/argocd/argoInstance/:argoInstanceName/applications/:argoAppName':
    {
      checks: ARGO_WRITE,
      sample: { path: `${instance}/applications/route-battery-no-such-app` },
      expect: operators,
    },
  'DELETE /api/argocd/argoInstance/:argoInstanceName/applications/:argoAppName/operation':
    {
      checks: ARGO_WRITE,
      sample: {
        path: `${instance}/applications/route-battery-no-such-app/operation`,
      },
      expect: operators,
    },
};
