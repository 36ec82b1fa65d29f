import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { findFreePort } from '../process/findFreePort';
import { answersOk, launchServer } from '../process/launchServer';

const INSTALL_HINT =
  'install the Debian package "prometheus-alertmanager", which provides it';

/** Routes every alert to a receiver that does nothing. */
const DEFAULT_CONFIG = {
  route: { receiver: 'none' },
  receivers: [{ name: 'none' }],
};

export interface StartAlertmanagerOptions {
  /**
   * The `alertmanager.yml`, as YAML text or as an object written as YAML.
   * Defaults to one route to a receiver that does nothing.
   */
  config?: string | object;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** Defaults to `prometheus-alertmanager` on the PATH. */
  alertmanagerBinary?: string;
  /** Defaults to 30 s. */
  readyTimeoutMs?: number;
}

export interface RunningAlertmanager {
  /** e.g. `http://127.0.0.1:41234`; the v2 API is under `/api/v2`. */
  url: string;
  port: number;
  /** The temporary folder of its config and storage, removed at stop. */
  workDir: string;
  /** Stops the process and removes the work dir. */
  stop(): Promise<void>;
}

/**
 * Starts a real Alertmanager on a free loopback port, with `config`, its
 * storage in a temporary folder and clustering off, and resolves once it
 * answers `/-/ready`. On failure nothing is left behind: no process, no
 * folder.
 */
export async function startAlertmanager(
  options: StartAlertmanagerOptions = {},
): Promise<RunningAlertmanager> {
  const host = options.host ?? '127.0.0.1';
  const workDir = await fs.mkdtemp(
    path.join(os.tmpdir(), 'server-kit-alertmanager-'),
  );
  const removeWorkDir = () => fs.rm(workDir, { recursive: true, force: true });
  try {
    const configFile = path.join(workDir, 'alertmanager.yml');
    const config = options.config ?? DEFAULT_CONFIG;
    await fs.writeFile(
      configFile,
      typeof config === 'string' ? config : stringify(config),
    );
    const port = await findFreePort(host);
    const url = `http://${host}:${port}`;
    const launched = await launchServer({
      name: 'alertmanager',
      command: options.alertmanagerBinary ?? 'prometheus-alertmanager',
      args: [
        `--config.file=${configFile}`,
        `--storage.path=${path.join(workDir, 'data')}`,
        `--web.listen-address=${host}:${port}`,
        // Clustering would bind port 9094, shared by every instance.
        '--cluster.listen-address=',
      ],
      installHint: INSTALL_HINT,
      url,
      isReady: () => answersOk(`${url}/-/ready`),
      readyTimeoutMs: options.readyTimeoutMs ?? 30_000,
    });
    return {
      url,
      port,
      workDir,
      stop: async () => {
        await launched.stop();
        await removeWorkDir();
      },
    };
  } catch (error) {
    await removeWorkDir();
    throw error;
  }
}
