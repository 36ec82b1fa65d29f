import type {
  ArgoCDApi,
  ArgoCDApiClient,
} from '@roadiehq/backstage-plugin-argo-cd';

/** What `ArgoCDApiClient` is built from. */
export type ArgoCdClientOptions = ConstructorParameters<
  typeof ArgoCDApiClient
>[0];

/**
 * The Argo CD client, imported on its first call: the package's client
 * decodes every answer with io-ts, a cost only entity pages with Argo CD
 * cards should pay. Every method forwards to one client built from `options`.
 */
export class LazyArgoCdApiClient implements ArgoCDApi {
  private client?: Promise<ArgoCDApi>;

  constructor(
    private readonly options: ArgoCdClientOptions,
    private readonly loadClientClass: () => Promise<
      typeof ArgoCDApiClient
    > = () =>
      import('@roadiehq/backstage-plugin-argo-cd').then(m => m.ArgoCDApiClient),
  ) {}

  private load(): Promise<ArgoCDApi> {
    this.client ??= this.loadClientClass().then(
      ClientClass => new ClientClass(this.options),
    );
    return this.client;
  }

  async listApps(options: Parameters<ArgoCDApi['listApps']>[0]) {
    return (await this.load()).listApps(options);
  }

  async getRevisionDetails(
    options: Parameters<ArgoCDApi['getRevisionDetails']>[0],
  ) {
    return (await this.load()).getRevisionDetails(options);
  }

  async getAppDetails(options: Parameters<ArgoCDApi['getAppDetails']>[0]) {
    return (await this.load()).getAppDetails(options);
  }

  async getAppListDetails(
    options: Parameters<ArgoCDApi['getAppListDetails']>[0],
  ) {
    return (await this.load()).getAppListDetails(options);
  }

  async serviceLocatorUrl(
    options: Parameters<ArgoCDApi['serviceLocatorUrl']>[0],
  ) {
    return (await this.load()).serviceLocatorUrl(options);
  }
}
