import { LoadRoute } from './routeLoad';

/** The service whose entity pages the mix reads (catalog/components). */
export const SERVICE = 'svc-ledger';

/** The Kubernetes tab's route in the mix. */
export const KUBERNETES_ROUTE = 'kubernetes (entity tab)';

/**
 * What people's browsers ask the portal for, 200 requests per second in
 * all: catalog lists and lookups, an entity page (ancestry, Kubernetes,
 * Argo CD, SLO report), the SLO overview, search, on call now, the decision
 * log, compliance status and the Tiers page's counts. `serviceEntity` is
 * the Kubernetes tab's request body (the entity as the catalog serves it).
 * `totalRate` scales the mix (for finding a machine's capacity).
 */
export function portalLoadMix(
  serviceEntity: unknown,
  totalRate = 200,
): LoadRoute[] {
  const routes: LoadRoute[] = [
    {
      name: 'catalog list (by-query)',
      path: '/api/catalog/entities/by-query?limit=20&filter=kind=component',
      rate: 35,
    },
    {
      name: 'catalog entity (by-name)',
      path: `/api/catalog/entities/by-name/component/default/${SERVICE}`,
      rate: 30,
    },
    {
      name: 'entity ancestry',
      path: `/api/catalog/entities/by-name/component/default/${SERVICE}/ancestry`,
      rate: 15,
    },
    {
      name: KUBERNETES_ROUTE,
      path: `/api/kubernetes/services/${SERVICE}`,
      method: 'POST',
      body: { entity: serviceEntity },
      rate: 10,
    },
    {
      name: 'argo cd (entity card)',
      path: `/api/argocd/find/name/${SERVICE}-prod`,
      rate: 10,
    },
    {
      name: 'slo report',
      path: `/api/slo/entities/component/default/${SERVICE}/report`,
      rate: 15,
    },
    { name: 'slo overview', path: '/api/slo/overview', rate: 10 },
    { name: 'search', path: '/api/search/query?term=ledger', rate: 15 },
    { name: 'on call now', path: '/api/oncall/now', rate: 15 },
    { name: 'adr decisions', path: '/api/adr/decisions', rate: 15 },
    { name: 'compliance status', path: '/api/compliance/status', rate: 15 },
    {
      name: 'tiers (facets)',
      path: '/api/catalog/entity-facets?facet=metadata.annotations.localplus.io/tier',
      rate: 15,
    },
  ];
  // The shares above add up to 200/s; another total scales them.
  return routes.map(route => ({
    ...route,
    rate: Math.max(1, Math.round((route.rate * totalRate) / 200)),
  }));
}
