import type {
  AuthService,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { z } from 'zod';
import { errorMessage, httpGetJson, httpGetText, SourceError } from './httpGet';

export interface PluginApiClientOptions {
  /** The plugin read, e.g. `slo`. */
  pluginId: string;
  discovery: DiscoveryService;
  auth: AuthService;
  timeoutMs: number;
  maxBytes: number;
}

/**
 * Reads another backend plugin's routes as this plugin's own service: the
 * base URL from discovery, a plugin request token for each request.
 */
export class PluginApiClient {
  constructor(private readonly options: PluginApiClientOptions) {}

  /** The URL of `path` under the plugin, e.g. `http://localhost:7007/api/slo/overview`. */
  async url(path: string): Promise<string> {
    const base = await this.options.discovery.getBaseUrl(this.options.pluginId);
    return `${base}${path}`;
  }

  async getJson<T>(
    path: string,
    schema: z.ZodType<T>,
    signal: AbortSignal,
  ): Promise<{ url: string; body: T }> {
    const url = await this.url(path);
    const body = await httpGetJson(url, schema, await this.request(signal));
    return { url, body };
  }

  async getText(
    path: string,
    signal: AbortSignal,
    accept: string,
  ): Promise<{ url: string; text: string }> {
    const url = await this.url(path);
    const text = await httpGetText(url, {
      ...(await this.request(signal)),
      accept,
    });
    return { url, text };
  }

  private async request(signal: AbortSignal) {
    const { auth, pluginId, timeoutMs, maxBytes } = this.options;
    let token: string;
    try {
      ({ token } = await auth.getPluginRequestToken({
        onBehalfOf: await auth.getOwnServiceCredentials(),
        targetPluginId: pluginId,
      }));
    } catch (error) {
      throw new SourceError(
        `Could not get a token for the ${pluginId} plugin: ${errorMessage(
          error,
        )}`,
      );
    }
    return {
      headers: { authorization: `Bearer ${token}` },
      signal,
      timeoutMs,
      maxBytes,
    };
  }
}
