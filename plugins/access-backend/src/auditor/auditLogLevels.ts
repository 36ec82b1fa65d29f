import type { AuditorServiceEventSeverityLevel } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';

type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

/** Backstage's defaults: routine reads stay at debug, the rest at info. */
const DEFAULT_LEVELS: Record<AuditorServiceEventSeverityLevel, LogLevel> = {
  low: 'debug',
  medium: 'info',
  high: 'info',
  critical: 'info',
};

/**
 * The log level of each severity, from `backend.auditor.severityLogLevelMappings`
 * as Backstage's default auditor reads it, so replacing that auditor keeps
 * the same log lines at the same levels.
 */
export function readAuditLogLevels(
  config: Config,
): Record<AuditorServiceEventSeverityLevel, LogLevel> {
  const levels = { ...DEFAULT_LEVELS };
  for (const severity of Object.keys(
    levels,
  ) as AuditorServiceEventSeverityLevel[]) {
    const key = `backend.auditor.severityLogLevelMappings.${severity}`;
    const value = config.getOptionalString(key);
    if (value === undefined) continue;
    if (!LOG_LEVELS.includes(value as LogLevel)) {
      throw new Error(
        `${key} must be one of ${LOG_LEVELS.join(', ')}, got '${value}'`,
      );
    }
    levels[severity] = value as LogLevel;
  }
  return levels;
}
