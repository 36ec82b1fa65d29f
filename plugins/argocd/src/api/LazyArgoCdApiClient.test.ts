import type { ArgoCDApiClient } from '@roadiehq/backstage-plugin-argo-cd';
import {
  ArgoCdClientOptions,
  LazyArgoCdApiClient,
} from './LazyArgoCdApiClient';

const options = {
  backendBaseUrl: 'http://localhost:7007',
  searchInstances: false,
  useNamespacedApps: true,
} as ArgoCdClientOptions;

/** A stand-in for the package's client class that records what it is given. */
function fakeClientClass() {
  const built: ArgoCdClientOptions[] = [];
  const listApps = jest.fn(async () => ({ items: [] }));
  const getAppDetails = jest.fn(async () => ({ metadata: { name: 'svc' } }));
  class FakeClient {
    constructor(given: ArgoCdClientOptions) {
      built.push(given);
    }
    listApps = listApps;
    getAppDetails = getAppDetails;
  }
  return {
    built,
    listApps,
    getAppDetails,
    load: jest.fn(async () => FakeClient as unknown as typeof ArgoCDApiClient),
  };
}

describe('LazyArgoCdApiClient', () => {
  it('imports nothing until the first call', () => {
    const fake = fakeClientClass();
    const client = new LazyArgoCdApiClient(options, fake.load);
    expect(client).toBeDefined();
    expect(fake.load).not.toHaveBeenCalled();
  });

  it('builds one client from its options and forwards every call to it', async () => {
    const fake = fakeClientClass();
    const client = new LazyArgoCdApiClient(options, fake.load);

    await expect(
      client.listApps({ url: '/argocd/api', appSelector: 'app=svc' }),
    ).resolves.toEqual({ items: [] });
    await expect(
      client.getAppDetails({ url: '/argocd/api', appName: 'svc' }),
    ).resolves.toEqual({ metadata: { name: 'svc' } });

    expect(fake.load).toHaveBeenCalledTimes(1);
    expect(fake.built).toEqual([options]);
    expect(fake.listApps).toHaveBeenCalledWith({
      url: '/argocd/api',
      appSelector: 'app=svc',
    });
    expect(fake.getAppDetails).toHaveBeenCalledWith({
      url: '/argocd/api',
      appName: 'svc',
    });
  });

  it('loads the package client when given no loader', async () => {
    const fetchMock = jest
      .spyOn(global, 'fetch')
      .mockRejectedValue(new Error('no network in tests'));
    const client = new LazyArgoCdApiClient({
      ...options,
      identityApi: { getCredentials: async () => ({}) },
      discoveryApi: {
        getBaseUrl: async () => 'http://localhost:7007/api/proxy',
      },
    } as unknown as ArgoCdClientOptions);

    await expect(
      client.getAppDetails({ url: '/argocd/api', appName: 'svc' }),
    ).rejects.toThrow('no network in tests');
    expect(fetchMock).toHaveBeenCalledWith(
      'http://localhost:7007/api/proxy/argocd/api/applications/svc',
      expect.anything(),
    );
    fetchMock.mockRestore();
  });
});
