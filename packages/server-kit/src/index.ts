/**
 * Real servers for tests and the dev stack: throwaway PostgreSQL databases,
 * Prometheus with backfilled history, Alertmanager, free ports, and child
 * processes that stop cleanly, also when their startup fails. Never imported
 * by production code.
 *
 * @packageDocumentation
 */
export { findFreePort } from './process/findFreePort';
export { findExecutable } from './process/findExecutable';
export { OutputTail } from './process/OutputTail';
export {
  missingProgramMessage,
  runToCompletion,
} from './process/runToCompletion';
export {
  launchServer,
  stopProcess,
  ServerStartError,
  type LaunchedServer,
  type LaunchServerOptions,
} from './process/launchServer';
export { processCpuMs } from './process/processCpuMs';
export { listen, type RunningServer } from './http/listen';

export {
  startPrometheus,
  type RunningPrometheus,
  type StartPrometheusOptions,
} from './prometheus/startPrometheus';
export {
  PrometheusStartError,
  type LaunchedPrometheus,
} from './prometheus/launchPrometheus';
export {
  PROMETHEUS_INSTALL_HINT,
  type PrometheusHistory,
} from './prometheus/backfillHistory';
export {
  DEFAULT_SCRAPE_INTERVAL_SECONDS,
  type PrometheusScrapeTarget,
} from './prometheus/prometheusConfig';
export {
  assertValidSeries,
  formatLabels,
  formatValue,
  seriesKey,
  withLabels,
  type SyntheticSeries,
} from './prometheus/syntheticSeries';
export {
  sampleTimesMs,
  type SampleSchedule,
  type SampleSchedules,
} from './prometheus/sampleSchedule';
export {
  writeOpenMetrics,
  type OpenMetricsFileStats,
} from './prometheus/writeOpenMetrics';
export {
  exposition,
  startMetricsExporter,
  type MetricsExporter,
  type MetricsExporterOptions,
} from './prometheus/startMetricsExporter';
export {
  instantQuery,
  instantValue,
  type InstantSample,
} from './prometheus/instantQuery';

export {
  startAlertmanager,
  type RunningAlertmanager,
  type StartAlertmanagerOptions,
} from './alertmanager/startAlertmanager';

export {
  ThrowawayPostgres,
  type ThrowawayPostgresOptions,
} from './postgres/ThrowawayPostgres';
export {
  createThrowawayDatabase,
  queryDatabase,
  DEFAULT_POSTGRES_ADMIN_URL,
  type ThrowawayDatabase,
} from './postgres/throwawayDatabase';
