import { ConfigReader } from '@backstage/config';
import { readPrometheusConfig } from './readPrometheusConfig';

const TOKEN = 'glsa_secretToken0123456789abcdefABCDEF';

function read(prometheus: unknown) {
  return readPrometheusConfig(new ConfigReader({ slo: { prometheus } } as any));
}

const prod = { baseUrl: 'https://prometheus.prod.example' };

describe('readPrometheusConfig', () => {
  it('returns nothing without slo.prometheus', () => {
    expect(readPrometheusConfig(new ConfigReader({}))).toBeUndefined();
    expect(
      readPrometheusConfig(new ConfigReader({ slo: { other: 1 } })),
    ).toBeUndefined();
  });

  it('reads environments, normalising URLs, and leaves the timeout to its default', () => {
    expect(
      read({
        environments: {
          prod: {
            baseUrl: 'https://gateway.example/prometheus/',
            publicUrl: 'https://prometheus.example',
            headers: { Authorization: `Bearer ${TOKEN}` },
          },
          dev: { baseUrl: 'http://localhost:9090' },
        },
      }),
    ).toEqual({
      environments: {
        prod: {
          baseUrl: 'https://gateway.example/prometheus',
          publicUrl: 'https://prometheus.example',
          headers: { Authorization: `Bearer ${TOKEN}` },
        },
        dev: { baseUrl: 'http://localhost:9090' },
      },
      timeoutMs: undefined,
    });
  });

  it.each([
    ['10s', 10_000],
    ['1500ms', 1500],
    ['PT30S', 30_000],
    [{ seconds: 2 }, 2000],
    [{ minutes: 1, seconds: 30 }, 90_000],
  ])('reads the timeout %j', (timeout, timeoutMs) => {
    expect(read({ timeout, environments: { prod } })?.timeoutMs).toBe(
      timeoutMs,
    );
  });

  it.each([
    [
      'a missing environments key',
      {},
      'slo.prometheus.environments: must map environment names to { baseUrl }',
    ],
    [
      'no environments',
      { environments: {} },
      'slo.prometheus.environments: must name at least one environment',
    ],
    [
      'a base URL without scheme',
      { environments: { prod: { baseUrl: 'prometheus:9090' } } },
      'slo.prometheus.environments.prod.baseUrl: must be an http or https URL',
    ],
    [
      'a base URL that is no URL',
      { environments: { prod: { baseUrl: 'not a url' } } },
      'slo.prometheus.environments.prod.baseUrl: must be an absolute http or https URL',
    ],
    [
      'credentials in the URL',
      { environments: { prod: { baseUrl: 'https://u:p@prom.example' } } },
      'slo.prometheus.environments.prod.baseUrl: must not contain credentials; put them in headers',
    ],
    [
      'a query string in the public URL',
      {
        environments: {
          prod: { ...prod, publicUrl: 'https://prom.example/?x=1' },
        },
      },
      'slo.prometheus.environments.prod.publicUrl: must not have a query string or fragment',
    ],
    [
      'a misspelt key',
      { environments: { prod: { baseURL: 'https://prom.example' } } },
      'slo.prometheus.environments.prod.baseUrl: must be a URL string; slo.prometheus.environments.prod: Unrecognized key: "baseURL"',
    ],
    [
      'an invalid header name',
      { environments: { prod: { ...prod, headers: { 'X Token': 'abc' } } } },
      'slo.prometheus.environments.prod.headers.X Token: is not a valid HTTP header name',
    ],
    [
      'an empty header value',
      { environments: { prod: { ...prod, headers: { Authorization: ' ' } } } },
      'slo.prometheus.environments.prod.headers.Authorization: must not be empty',
    ],
    [
      'a timeout over five minutes',
      { timeout: '10m', environments: { prod } },
      'slo.prometheus.timeout: must be at most 5 minutes',
    ],
  ])('refuses %s, naming the key', (_, prometheus, message) => {
    expect(() => read(prometheus)).toThrow(
      `Invalid slo.prometheus config: ${message}`,
    );
  });

  it('refuses a timeout that is not a duration, naming the key', () => {
    expect(() => read({ timeout: 'soon', environments: { prod } })).toThrow(
      /^Invalid slo.prometheus config: slo.prometheus.timeout: Invalid duration 'soon'/,
    );
  });

  it('refuses a multi-line header value without repeating it', () => {
    let message = '';
    try {
      read({
        environments: {
          prod: {
            ...prod,
            headers: { Authorization: `Bearer ${TOKEN}\nX: y` },
          },
        },
      });
    } catch (error) {
      message = (error as Error).message;
    }

    expect(message).toBe(
      'Invalid slo.prometheus config: slo.prometheus.environments.prod.headers.Authorization: must be a single line without control characters',
    );
    expect(message).not.toContain(TOKEN);
  });
});
