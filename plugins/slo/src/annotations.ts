/**
 * Where an entity's OpenSLO documents live, relative to its catalog-info.yaml
 * (`slo/svc-ledger.openslo.yaml`). Entities without it get no SLOs tab or card.
 */
export const OPENSLO_ANNOTATION = 'localplus.io/openslo';
