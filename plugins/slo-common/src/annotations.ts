/**
 * Where an entity's OpenSLO documents live, relative to its catalog-info.yaml
 * (`slo/svc-ledger.openslo.yaml`). Entities without it have no SLOs: no SLOs
 * tab or card in the portal, and a 404 from the SLO backend.
 */
export const OPENSLO_ANNOTATION = 'localplus.io/openslo';
