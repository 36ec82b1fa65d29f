/*
 * OpenTelemetry metrics for the portal backend, in Prometheus's text format.
 * Loaded before the backend with `node --require
 * ./packages/backend/dist/instrumentation.cjs.js packages/backend ...`, so the
 * global meter provider is in place before any plugin asks Backstage's
 * metrics service for a meter (the scheduler's `backend_tasks.task.runs.*`,
 * the catalog's processing and stitching counters, and ours).
 *
 *   PORTAL_METRICS_PORT   port of the /metrics endpoint (default 9464, as the
 *                         deploy/ manifests scrape); 0 turns the exporter off
 *   PORTAL_METRICS_HOST   interface it binds to (default all)
 */
import { metrics } from '@opentelemetry/api';
import { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import { MeterProvider } from '@opentelemetry/sdk-metrics';

const DEFAULT_METRICS_PORT = 9464;

function metricsPort(value: string | undefined): number {
  if (value === undefined || value === '') {
    return DEFAULT_METRICS_PORT;
  }
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(
      `PORTAL_METRICS_PORT must be a port number (0-65535), got '${value}'`,
    );
  }
  return port;
}

const port = metricsPort(process.env.PORTAL_METRICS_PORT);
if (port !== 0) {
  const exporter = new PrometheusExporter({
    port,
    host: process.env.PORTAL_METRICS_HOST || undefined,
    endpoint: '/metrics',
  });
  // Backstage ends the process itself on SIGTERM, exporter included.
  metrics.setGlobalMeterProvider(new MeterProvider({ readers: [exporter] }));
}
