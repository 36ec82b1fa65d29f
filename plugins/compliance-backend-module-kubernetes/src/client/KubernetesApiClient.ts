import http from 'node:http';
import https from 'node:https';
import type { ClusterConfig } from '../config/readKubernetesConfig';
import { ClusterCredentials } from './clusterCredentials';
import {
  KubernetesFailureKind,
  KubernetesRequestError,
} from './KubernetesRequestError';

export interface KubernetesApiClientOptions {
  timeoutMs: number;
  /** Larger answers are refused unread past this (default 16 MiB). */
  maxResponseBytes?: number;
  /** Items per list page (default 500, as kubectl). */
  pageSize?: number;
  /** At most this many pages per list (default 100). */
  maxPages?: number;
  /**
   * Makes the cluster's bearer token. Pass one built with the root config
   * (and share it between clients); by default one without config is made.
   */
  credentials?: ClusterCredentials;
  /** The token file of `serviceAccount` clusters, for the default `credentials`. */
  tokenFile?: string;
}

const STATUS_KINDS: Record<number, KubernetesFailureKind> = {
  401: 'unauthorized',
  403: 'forbidden',
};

/**
 * Reads one cluster's API server, GET only, with the TLS settings and the
 * bearer token of its configuration (set up by @kubernetes/client-node, as
 * the Kubernetes backend does), a timeout and a size limit on every answer.
 */
export class KubernetesApiClient {
  constructor(
    readonly cluster: ClusterConfig,
    private readonly options: KubernetesApiClientOptions,
  ) {}

  /** The object at `path`, or undefined when the API server answers 404. */
  async get(path: string, signal?: AbortSignal): Promise<unknown | undefined> {
    return this.request(path, signal);
  }

  /** Every item of the list at `path`, page after page (`limit`, `continue`). */
  async list(path: string, signal?: AbortSignal): Promise<unknown[]> {
    const { pageSize = 500, maxPages = 100 } = this.options;
    const items: unknown[] = [];
    let next: string | undefined;
    for (let page = 0; page < maxPages; page++) {
      const query = new URLSearchParams({ limit: String(pageSize) });
      if (next) query.set('continue', next);
      const body = (await this.request(`${path}?${query}`, signal)) as
        | { items?: unknown; metadata?: { continue?: unknown } }
        | undefined;
      if (body === undefined) return [];
      if (!Array.isArray(body.items)) {
        throw this.failure('malformed', path, 'the answer is not a list');
      }
      items.push(...body.items);
      const cont = body.metadata?.continue;
      if (typeof cont !== 'string' || cont === '') return items;
      next = cont;
    }
    throw this.failure(
      'too-large',
      path,
      `the list has more than ${maxPages} pages of ${pageSize}`,
    );
  }

  private failure(
    kind: KubernetesFailureKind,
    path: string,
    why: string,
    status?: number,
  ) {
    return new KubernetesRequestError(
      kind,
      `GET ${path} on ${this.cluster.name}: ${why}`,
      status,
    );
  }

  private prepared?: Promise<https.RequestOptions>;

  /** The agent and headers, set up once per client (one client per cluster and run). */
  private connection(): Promise<https.RequestOptions> {
    this.prepared ??= this.prepare();
    return this.prepared;
  }

  private async prepare(): Promise<https.RequestOptions> {
    const { cluster } = this;
    const token = await this.token();
    // Loaded on first use, as the Kubernetes backend does: the package is
    // ESM and costs seconds of backend startup when loaded with the module.
    // require rather than import(): Jest runs this code and cannot import().
    const {
      KubeConfig,
    }: typeof import('@kubernetes/client-node') = require('@kubernetes/client-node');
    const kc = new KubeConfig();
    kc.loadFromOptions({
      clusters: [
        {
          name: cluster.name,
          server: cluster.url,
          skipTLSVerify: cluster.skipTLSVerify,
          caData: cluster.caData,
          caFile: cluster.caFile,
        },
      ],
      users: [{ name: 'compliance', ...(token && { token }) }],
      contexts: [
        { name: cluster.name, cluster: cluster.name, user: 'compliance' },
      ],
      currentContext: cluster.name,
    });
    const options: https.RequestOptions = {};
    try {
      await kc.applyToHTTPSOptions(options);
    } catch (error) {
      // client-node refuses plain http unless skipTLSVerify says so.
      throw this.failure('unreachable', '/', (error as Error).message);
    }
    return options;
  }

  /** The cluster's token, in the request timeout: signing may call AWS STS. */
  private async token(): Promise<string | undefined> {
    const { timeoutMs, tokenFile } = this.options;
    const credentials =
      this.options.credentials ?? new ClusterCredentials({ tokenFile });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new KubernetesRequestError(
              'timeout',
              `${this.cluster.name}: no credentials within ${timeoutMs} ms`,
            ),
          ),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([credentials.token(this.cluster), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async request(path: string, signal?: AbortSignal): Promise<unknown> {
    const { agent, headers } = await this.connection();
    const url = new URL(`${this.cluster.url}${path}`);
    const shownPath = path.split('?')[0];
    const maxBytes = this.options.maxResponseBytes ?? 16 * 1024 * 1024;
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    const aborted = signal ? AbortSignal.any([signal, timeout]) : timeout;
    const transport = url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const fail = (
        kind: KubernetesFailureKind,
        why: string,
        status?: number,
      ) => reject(this.failure(kind, shownPath, why, status));
      const req = transport.request(
        url,
        {
          method: 'GET',
          agent,
          headers: { ...headers, Accept: 'application/json' },
          signal: aborted,
        },
        res => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > maxBytes) {
              res.destroy();
              fail('too-large', `the answer is larger than ${maxBytes} bytes`);
              return;
            }
            chunks.push(chunk);
          });
          res.on('error', error => fail('unreachable', error.message));
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            const text = Buffer.concat(chunks).toString('utf8');
            if (status === 404) {
              resolve(undefined);
              return;
            }
            if (status < 200 || status > 299) {
              fail(
                STATUS_KINDS[status] ?? 'http',
                `HTTP ${status}: ${apiReason(text)}`,
                status,
              );
              return;
            }
            try {
              resolve(JSON.parse(text));
            } catch {
              fail('malformed', 'the answer is not JSON');
            }
          });
        },
      );
      req.on('error', error => {
        if (timeout.aborted) {
          fail('timeout', `no answer within ${this.options.timeoutMs} ms`);
        } else if (signal?.aborted) {
          fail('timeout', 'the evaluation run was cancelled');
        } else {
          fail('unreachable', error.message);
        }
      });
      req.end();
    });
  }
}

/** The `message` of a Kubernetes `Status`, or the start of the body. */
function apiReason(text: string): string {
  try {
    const message = JSON.parse(text)?.message;
    if (typeof message === 'string') return message.slice(0, 300);
  } catch {
    // Not a Status object.
  }
  return text.slice(0, 200).trim() || 'no reason given';
}
