import { listen } from '@localplus/server-kit';
import { defaultCatalogDir } from '../catalog/deployableComponents';
import { DEVSTACK_DEFAULTS } from '../config';
import { FaultRegistry } from '../faults';
import { countingRequests, SimulatorHandle } from '../startSimulator';
import { portalCatalogSources } from './catalogRepositories';
import { buildDemoGithubDataset } from './demoGithub';
import { createGithubApp } from './githubApi';
import { GithubDataset } from './githubDataset';

export interface GithubSimulatorOptions {
  /** Defaults to the dev stack's host (127.0.0.1). */
  host?: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** The token every request must bear (`Authorization: token <t>` or `Bearer <t>`). */
  token: string;
  /**
   * Catalog folders or files whose components' `github.com/project-slug`
   * become repositories; default the repository's catalog, its
   * `catalog-info.yaml` and `demo/`, as the development portal loads them.
   */
  catalogSources?: string[];
  /** Serve these repositories instead of the demo organisation. */
  dataset?: GithubDataset;
  /** Requests per hour before GitHub's 403 "API rate limit exceeded"; default 5000. */
  rateLimitPerHour?: number;
  /** Mount `/__devstack/faults` (token required), as the other simulators. */
  adminEndpoints?: boolean;
}

/** The other simulators' handle, with the GitHub organisation as its dataset. */
export type GithubSimulatorHandle = Omit<SimulatorHandle, 'dataset'> & {
  dataset: GithubDataset;
};

const FAULT_TARGET = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

/** Starts the simulated GitHub REST API serving the demo organisation's branch protection. */
export async function startGithubSimulator(
  options: GithubSimulatorOptions,
): Promise<GithubSimulatorHandle> {
  const rateLimitPerHour = options.rateLimitPerHour ?? 5000;
  if (!Number.isInteger(rateLimitPerHour) || rateLimitPerHour < 1) {
    throw new Error(
      `rateLimitPerHour must be a whole number of requests, at least 1; got ${rateLimitPerHour}`,
    );
  }
  const dataset =
    options.dataset ??
    buildDemoGithubDataset({
      catalogSources:
        options.catalogSources ?? portalCatalogSources(defaultCatalogDir()),
    });
  // Faults target GitHub as a whole or one repository by its name.
  const names = dataset.repositories
    .map(repository => repository.name.toLowerCase())
    .filter(name => FAULT_TARGET.test(name));
  const faults = new FaultRegistry(['github', ...names]);
  const { listener, requestCount } = countingRequests(
    createGithubApp(dataset, faults, {
      token: options.token,
      adminEndpoints: options.adminEndpoints ?? false,
      rateLimitPerHour,
    }),
  );
  const server = await listen(
    listener,
    options.host ?? DEVSTACK_DEFAULTS.host,
    options.port,
  );
  return {
    url: server.url,
    port: server.port,
    dataset,
    setFault: spec => faults.add(spec),
    removeFault: id => faults.remove(id),
    clearFaults: () => faults.clear(),
    listFaults: () => faults.list(),
    requestCount,
    close: () => server.close(),
  };
}
