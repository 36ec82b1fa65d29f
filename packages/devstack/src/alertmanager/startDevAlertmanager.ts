import { findExecutable, startAlertmanager } from '@localplus/server-kit';
import { DevstackConfig, shownSecret } from '../config';
import { oncallAlertmanagerConfig } from './oncallAlertmanagerConfig';

export const ALERTMANAGER_BINARY = 'prometheus-alertmanager';
const INSTALL_HINT = `install the Debian package "${ALERTMANAGER_BINARY}"`;
const LABEL = 'Alertmanager   ';

/** The dev stack's Alertmanager, or why there is none. */
export interface DevAlertmanager {
  /** Absent when Alertmanager is off, not installed or failed to start. */
  url?: string;
  describe(): string[];
  close(): Promise<void>;
}

/** An Alertmanager that did not start, saying why. */
export function alertmanagerNotStarted(reason: string): DevAlertmanager {
  return {
    describe: () => [`${LABEL} not started: ${reason}`],
    close: async () => undefined,
  };
}

/**
 * Alertmanager with one route: every alert to the portal's on-call webhook.
 * Without the binary the dev stack runs on (no pages) unless
 * DEVSTACK_ALERTMANAGER=on.
 */
export async function startDevAlertmanager(
  config: DevstackConfig,
  env: NodeJS.ProcessEnv,
): Promise<DevAlertmanager> {
  if (config.alertmanager === 'off') {
    return alertmanagerNotStarted('DEVSTACK_ALERTMANAGER=off');
  }
  const required = config.alertmanager === 'on';
  const binary = findExecutable(ALERTMANAGER_BINARY, env.PATH);
  if (!binary) {
    const missing = `${ALERTMANAGER_BINARY} is not on the PATH (${INSTALL_HINT})`;
    if (required) throw new Error(`DEVSTACK_ALERTMANAGER=on, but ${missing}`);
    return alertmanagerNotStarted(
      `${missing}; no page will reach the on-call plugin`,
    );
  }
  try {
    const running = await startAlertmanager({
      host: config.host,
      alertmanagerBinary: binary,
      config: oncallAlertmanagerConfig({
        url: config.oncallWebhookUrl,
        secret: config.oncallWebhookSecret,
      }),
    });
    const lines = [
      `${LABEL} ${running.url}  pages from the dev Prometheus's alerts`,
      `  webhook      ${config.oncallWebhookUrl}  bearer ${shownSecret(
        config,
        'oncallWebhookSecret',
      )}`,
    ];
    return {
      url: running.url,
      describe: () => lines,
      close: () => running.stop(),
    };
  } catch (error) {
    if (required) throw error;
    return alertmanagerNotStarted(
      `it failed to start: ${(error as Error).message}`,
    );
  }
}
