import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { DEFAULT_AUDIT_RETENTION_DAYS } from './services/AuditTrailStore';

export type AccessBackendConfig = {
  retentionDays: number;
  purgeSchedule: SchedulerServiceTaskScheduleDefinition;
  matrixPlugins: string[];
};

/**
 * The installed plugins that serve permission metadata: the ones that
 * register permissions through `coreServices.permissionsRegistry`. Search and
 * TechDocs do not, so they are not asked.
 */
export const DEFAULT_MATRIX_PLUGINS = [
  'catalog',
  'scaffolder',
  'kubernetes',
  'slo',
  'access',
];

const MIN_RETENTION_DAYS = 30;
const MAX_RETENTION_DAYS = 3650;

const DEFAULT_PURGE_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { hours: 24 },
  timeout: { minutes: 30 },
  initialDelay: { minutes: 10 },
};

const PLUGIN_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

function readRetentionDays(config: Config | undefined): number {
  const key = 'localplus.access.auditTrail.retentionDays';
  const value =
    config?.getOptionalNumber('auditTrail.retentionDays') ??
    DEFAULT_AUDIT_RETENTION_DAYS;
  if (
    !Number.isInteger(value) ||
    value < MIN_RETENTION_DAYS ||
    value > MAX_RETENTION_DAYS
  ) {
    throw new Error(
      `${key} must be a whole number of days from ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS}, got ${value}`,
    );
  }
  return value;
}

function readMatrixPlugins(config: Config | undefined): string[] {
  const plugins = config?.getOptionalStringArray('matrixPlugins');
  if (plugins === undefined) {
    return DEFAULT_MATRIX_PLUGINS;
  }
  const bad = plugins.find(id => !PLUGIN_ID.test(id));
  if (bad !== undefined) {
    throw new Error(
      `localplus.access.matrixPlugins must list plugin ids, got "${bad}"`,
    );
  }
  if (plugins.length === 0) {
    throw new Error('localplus.access.matrixPlugins must name a plugin');
  }
  return [...new Set(plugins)];
}

/** Reads the Access backend's keys of `localplus.access`, failing startup with the key at fault. */
export function readAccessBackendConfig(root: Config): AccessBackendConfig {
  const config = root.getOptionalConfig('localplus.access');
  return {
    retentionDays: readRetentionDays(config),
    purgeSchedule: config?.has('auditTrail.purgeSchedule')
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
          config.getConfig('auditTrail.purgeSchedule'),
        )
      : DEFAULT_PURGE_SCHEDULE,
    matrixPlugins: readMatrixPlugins(config),
  };
}
