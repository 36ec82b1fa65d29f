import { failureOf } from './failureOf';
import { PROMETHEUS_URL } from './prometheusApiMock';
import { PrometheusMetricSource } from '../PrometheusMetricSource';

export const TOKEN = 'glsa_secretToken0123456789abcdefABCDEF';
export const TIME = new Date('2023-11-14T22:13:20Z');

/** prod behind a gateway with a token and a public URL; dev bare. */
export const source = new PrometheusMetricSource({
  environments: {
    prod: {
      baseUrl: `${PROMETHEUS_URL}/`,
      publicUrl: 'https://prometheus.example/',
      headers: { Authorization: `Bearer ${TOKEN}`, 'X-Scope-OrgID': 'prod' },
    },
    dev: { baseUrl: 'https://dev.example' },
  },
});

export const instant = (query: string, environment = 'prod') =>
  source.queryInstant({ environment, query, time: TIME });

/** The error of a failed query, checked free of the token. */
export async function failure(promise: Promise<unknown>) {
  const error = await failureOf(promise);
  expect(error.message).not.toContain(TOKEN);
  expect(error.message).not.toContain('glsa_');
  return error;
}
