import type { Config } from '@backstage/config';
import { SEVERITIES, type Severity } from '@localplus/plugin-oncall-common';
import { Duration } from 'luxon';
import { readDurationSetting } from '../readDurationSetting';

export const MIN_WEBHOOK_SECRET_LENGTH = 16;
export const MIN_SIGNING_SECRET_LENGTH = 32;

/** The seeds' severity matrix, read from the `severity` label Prometheus rules carry. */
export const DEFAULT_SEVERITY_FROM_LABELS: Readonly<Record<string, Severity>> =
  {
    critical: 'P1',
    page: 'P2',
    ticket: 'P3',
    warning: 'P3',
    info: 'P4',
  };

const DEFAULT_ESCALATION_CHECK_INTERVAL = Duration.fromObject({ minutes: 1 });
const MIN_INTERVAL_SECONDS = 10;
const MAX_INTERVAL_SECONDS = 3600;

export interface PagingConfig {
  /** Undefined when not configured: the webhook then answers 503. */
  webhookSecret?: string;
  /** Lower-cased `severity` label values to severities. */
  severityFromLabels: Readonly<Record<string, Severity>>;
  escalationCheckInterval: Duration;
  /** Undefined when not configured: creating calendar links answers 503. */
  calendarSigningSecret?: string;
}

function optionalSecret(
  config: Config,
  key: string,
  minLength: number,
): string | undefined {
  const value = config.getOptionalString(key);
  if (value === undefined) {
    return undefined;
  }
  if (value.length < minLength) {
    // The value itself is never repeated: it is a secret, even a bad one.
    throw new Error(
      `${key} must be at least ${minLength} characters long, got ${value.length}`,
    );
  }
  return value;
}

function readSeverityMap(config: Config): Record<string, Severity> {
  const key = 'oncall.pages.severityFromLabels';
  if (!config.has(key)) {
    return { ...DEFAULT_SEVERITY_FROM_LABELS };
  }
  const section = config.getConfig(key);
  const entries = section.keys().map(label => {
    const severity = section.getString(label);
    if (!SEVERITIES.includes(severity as Severity)) {
      throw new Error(
        `${key}.${label} must be one of ${SEVERITIES.join(
          ', ',
        )}, got "${severity}"`,
      );
    }
    return [label.toLowerCase(), severity as Severity] as const;
  });
  return Object.fromEntries(entries);
}

function readInterval(config: Config): Duration {
  return readDurationSetting(config, 'oncall.pages.escalationCheckInterval', {
    defaultValue: DEFAULT_ESCALATION_CHECK_INTERVAL,
    minSeconds: MIN_INTERVAL_SECONDS,
    maxSeconds: MAX_INTERVAL_SECONDS,
    inWords: `from ${MIN_INTERVAL_SECONDS} seconds to 1 hour`,
  });
}

/** Reads `oncall.pages.*` and `oncall.calendar.*`, failing startup with the key at fault. */
export function readPagingConfig(config: Config): PagingConfig {
  return {
    webhookSecret: optionalSecret(
      config,
      'oncall.pages.webhookSecret',
      MIN_WEBHOOK_SECRET_LENGTH,
    ),
    severityFromLabels: readSeverityMap(config),
    escalationCheckInterval: readInterval(config),
    calendarSigningSecret: optionalSecret(
      config,
      'oncall.calendar.signingSecret',
      MIN_SIGNING_SECRET_LENGTH,
    ),
  };
}
