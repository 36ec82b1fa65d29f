/**
 * The `prometheus` evidence collector of the LOCAL-PLUS compliance backend:
 * SLOs of critical services, their burn-rate alerts, budget policy states,
 * alert delivery and the TLS versions endpoints negotiate.
 *
 * @packageDocumentation
 */
export { complianceModulePrometheusCollector as default } from './module';
export {
  PrometheusEvidenceCollector,
  type PrometheusEvidenceCollectorOptions,
} from './collector/PrometheusEvidenceCollector';
export {
  readPrometheusTargets,
  type PrometheusTarget,
  type PrometheusTargets,
} from './sources/prometheusTargets';
