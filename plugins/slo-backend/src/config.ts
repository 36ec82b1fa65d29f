import type { Config } from '@backstage/config';
import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import {
  DEFAULT_SLO_SERVICE_SETTINGS,
  SloServiceSettings,
} from './services/createSloService';

export type SloBackendConfig = SloServiceSettings & {
  snapshots: SchedulerServiceTaskScheduleDefinition | undefined;
};

const DEFAULTS = DEFAULT_SLO_SERVICE_SETTINGS;

const DEFAULT_SNAPSHOT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  // Every six hours, each run replacing the day's row: the stored snapshot
  // is the day's last measurement, and a restart never leaves a day empty.
  frequency: { hours: 6 },
  timeout: { minutes: 10 },
  initialDelay: { seconds: 30 },
};

function positiveInteger(
  config: Config,
  key: string,
  fallback: number,
  max: number,
) {
  const value = config.getOptionalNumber(key) ?? fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(
      `slo.${key} must be a whole number from 1 to ${max}, got ${value}`,
    );
  }
  return value;
}

/** Reads `slo.*`, failing startup with the key at fault. */
export function readSloBackendConfig(root: Config): SloBackendConfig {
  const config = root.getOptionalConfig('slo');
  const empty = { getOptionalNumber: () => undefined } as unknown as Config;
  const section = config ?? empty;
  const minimumEvents =
    section.getOptionalNumber('minimumEvents') ?? DEFAULTS.minimumEvents;
  if (!Number.isInteger(minimumEvents) || minimumEvents < 0) {
    throw new Error(
      `slo.minimumEvents must be a whole number, got ${minimumEvents}`,
    );
  }
  const snapshotsEnabled =
    config?.getOptionalBoolean('snapshots.enabled') ?? true;
  let snapshots: SchedulerServiceTaskScheduleDefinition | undefined;
  if (snapshotsEnabled) {
    snapshots = config?.has('snapshots.schedule')
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
          config.getConfig('snapshots.schedule'),
        )
      : DEFAULT_SNAPSHOT_SCHEDULE;
  }
  return {
    defaultEnvironment:
      config?.getOptionalString('defaultEnvironment') ??
      DEFAULTS.defaultEnvironment,
    minimumEvents,
    cacheTtlSeconds: positiveInteger(
      section,
      'cacheTtlSeconds',
      DEFAULTS.cacheTtlSeconds,
      3600,
    ),
    documentCacheTtlSeconds: positiveInteger(
      section,
      'documentCacheTtlSeconds',
      DEFAULTS.documentCacheTtlSeconds,
      86400,
    ),
    batchSize: positiveInteger(section, 'batchSize', DEFAULTS.batchSize, 50),
    concurrency: positiveInteger(
      section,
      'concurrency',
      DEFAULTS.concurrency,
      32,
    ),
    snapshots,
  };
}
