import type { KubernetesApiClient } from './KubernetesApiClient';

/**
 * One cluster during one evaluation run: each path is read once, however
 * many checks need it (the nodes, the ConfigMaps, the workload lists).
 */
export class ClusterReader {
  private readonly reads = new Map<string, Promise<unknown>>();

  constructor(
    private readonly client: KubernetesApiClient,
    private readonly signal?: AbortSignal,
  ) {}

  get name(): string {
    return this.client.cluster.name;
  }

  /** `cluster:<name>`, the subject of cluster-wide checks. */
  get subject(): string {
    return `cluster:${this.name}`;
  }

  list(path: string): Promise<unknown[]> {
    return this.once(`list ${path}`, () =>
      this.client.list(path, this.signal),
    ) as Promise<unknown[]>;
  }

  get(path: string): Promise<unknown | undefined> {
    return this.once(`get ${path}`, () => this.client.get(path, this.signal));
  }

  private once(key: string, read: () => Promise<unknown>): Promise<unknown> {
    let found = this.reads.get(key);
    if (!found) {
      found = read();
      this.reads.set(key, found);
    }
    return found;
  }
}
