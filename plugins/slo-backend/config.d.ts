import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  /** SLOs and error budgets (@localplus/plugin-slo-backend). */
  slo?: {
    /**
     * The environment whose metric source measures an entity's SLOs, unless
     * the entity names one in its `localplus.io/slo-environment` annotation.
     * Defaults to `prod`.
     */
    defaultEnvironment?: string;
    /**
     * Low-traffic guard: an alert's long window must have seen at least this
     * many events before a burn rate may page or open a ticket. Defaults to 100.
     */
    minimumEvents?: number;
    /** How long a measurement is reused, in seconds. Defaults to 60. */
    cacheTtlSeconds?: number;
    /** How long an entity's OpenSLO file is reused, in seconds. Defaults to 300. */
    documentCacheTtlSeconds?: number;
    /**
     * Objectives measured by one combined query, 1 to 50. Defaults to 10:
     * larger combined queries cost Prometheus more than they save.
     */
    batchSize?: number;
    /** Combined queries in flight at once. Defaults to 4. */
    concurrency?: number;
    /** The daily budget snapshots kept in the plugin's database. */
    snapshots?: {
      /** Defaults to true. */
      enabled?: boolean;
      /** Defaults to every 6 hours, first run 30 s after startup. */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
  };
}
