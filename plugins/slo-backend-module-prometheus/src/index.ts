/**
 * The Prometheus metric source of the LOCAL-PLUS SLO backend.
 *
 * @packageDocumentation
 */
export { sloModulePrometheus as default } from './module';
export { PrometheusMetricSource } from './PrometheusMetricSource';
export type {
  PrometheusEnvironmentOptions,
  PrometheusMetricSourceOptions,
} from './options';
