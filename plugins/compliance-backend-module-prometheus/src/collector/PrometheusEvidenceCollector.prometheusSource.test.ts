import { collectionContext } from '@localplus/plugin-compliance-node/testUtils';
import {
  TOKEN,
  ledgerRow,
  overview,
  useHostileSources,
} from '../__testUtils__/hostileSources';

// A Prometheus (a local HTTP server) answering errors, wrong shapes and
// redirects, never answering; invalid parameters and unknown environments.

jest.setTimeout(60_000);

describe('PrometheusEvidenceCollector with a hostile Prometheus', () => {
  const sources = useHostileSources();
  const { collect, ledgerOf } = sources;

  describe('with SLO rules to look for', () => {
    beforeEach(() => {
      sources.slo.state.answer = (req, res) => {
        if (req.path.endsWith('/rules')) {
          res
            .type('application/yaml')
            .send(
              'groups:\n  - name: slo-svc-ledger-availability\n    rules:\n      - alert: SloErrorBudgetBurn\n        labels: { slo: svc-ledger-availability, objective: "0", severity: page, long_window: 1h, short_window: 5m }\n',
            );
        } else {
          res.json(overview([ledgerRow]));
        }
      };
    });

    it('refuses a Prometheus rules answer of the wrong shape', async () => {
      sources.prometheus.state.answer = (_req, res) => {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end('{"status":"success","data":{"groups":"x"}}');
      };
      expect(ledgerOf(await collect('prometheus.slo-alerting'))?.summary).toBe(
        `GET ${sources.prometheus.url}/api/v1/rules?type=alert answered something unexpected at data.groups: Invalid input: expected array, received string`,
      );
    });

    it('sends the configured headers to the configured Prometheus only, and never repeats them', async () => {
      sources.prometheus.state.answer = (_req, res) => {
        res
          .writeHead(302, { location: 'https://login.example/?next=%2F' })
          .end();
      };
      const configured = await collect('prometheus.slo-alerting');
      const other = await collect({
        check: 'prometheus.slo-alerting',
        params: { baseUrl: `${sources.prometheus.url}/other` },
      });

      expect(ledgerOf(configured)?.summary).toBe(
        `GET ${sources.prometheus.url}/api/v1/rules?type=alert answered 302 Found`,
      );
      expect(ledgerOf(other)?.result).toBe('error');
      expect(
        sources.prometheus.state.requests.map(r => [
          r.url,
          r.headers.authorization,
        ]),
      ).toEqual([
        ['/api/v1/rules?type=alert', `Bearer ${TOKEN}`],
        ['/other/api/v1/rules?type=alert', undefined],
      ]);
      expect(JSON.stringify([configured, other])).not.toContain(TOKEN);
    });

    it('passes a rule only when it is loaded with every label and evaluates', async () => {
      const rule = (labels: object, health = 'ok') => ({
        type: 'alerting',
        name: 'SloErrorBudgetBurn',
        labels,
        health,
        lastError: health === 'err' ? 'many-to-many matching not allowed' : '',
      });
      const answerRules = (rules: object[]) => {
        sources.prometheus.state.answer = (_req, res) => {
          res.writeHead(200, { 'content-type': 'application/json' }).end(
            JSON.stringify({
              status: 'success',
              data: { groups: [{ name: 'g', rules }] },
            }),
          );
        };
      };
      const labels = {
        slo: 'svc-ledger-availability',
        objective: '0',
        severity: 'page',
        long_window: '1h',
        short_window: '5m',
      };

      answerRules([rule({ ...labels, team: 'loyalty' })]);
      expect(ledgerOf(await collect('prometheus.slo-alerting'))?.result).toBe(
        'pass',
      );

      answerRules([rule({ ...labels, short_window: '30m' })]);
      expect(ledgerOf(await collect('prometheus.slo-alerting'))).toMatchObject({
        result: 'fail',
        details: {
          missing: ['svc-ledger-availability objective 0, page 1h/5m'],
        },
      });

      answerRules([rule(labels, 'err')]);
      expect(ledgerOf(await collect('prometheus.slo-alerting'))?.summary).toBe(
        `Burn-rate alerts in Prometheus at ${
          new URL(sources.prometheus.url).host
        }: 1 failing to evaluate (svc-ledger-availability objective 0, page 1h/5m (many-to-many matching not allowed)).`,
      );
    });
  });

  it("reports Prometheus's own error message and refuses a matrix where a vector is due", async () => {
    sources.prometheus.state.answer = (_req, res) => {
      res
        .writeHead(422, { 'content-type': 'application/json' })
        .end(
          '{"status":"error","errorType":"execution","error":"query timed out"}',
        );
    };
    expect(await collect('prometheus.tls-minimum')).toEqual([
      expect.objectContaining({
        subject: `prometheus:${new URL(sources.prometheus.url).host}`,
        result: 'error',
        summary: expect.stringMatching(
          /answered 422 Unprocessable Entity: query timed out$/,
        ),
      }),
    ]);

    sources.prometheus.state.answer = (_req, res) => {
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end('{"status":"success","data":{"resultType":"matrix","result":[]}}');
    };
    expect((await collect('prometheus.tls-minimum'))[0].summary).toMatch(
      /answered something unexpected at data\.resultType: /,
    );
  });

  it('ignores probe series without a usable instance, version or value', async () => {
    const sample = (metric: object, value: string) => ({
      metric,
      value: [0, value],
    });
    sources.prometheus.state.answer = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          status: 'success',
          data: {
            resultType: 'vector',
            result: [
              sample({ instance: 'x'.repeat(10_000), version: 'TLS 1.0' }, '1'),
              sample({ version: 'TLS 1.0' }, '1'),
              sample({ instance: 'https://a.test', version: 'TLS 1.0' }, 'NaN'),
              sample({ instance: 'https://b.test', version: 'TLS 1.3' }, '1'),
            ],
          },
        }),
      );
    };
    const observed = await collect('prometheus.tls-minimum');

    expect(observed.map(o => [o.subject, o.result])).toEqual([
      ['endpoint:https://b.test', 'pass'],
    ]);
  });

  it('gives up on a Prometheus that never answers when the run is cancelled', async () => {
    sources.prometheus.state.answer = () => {
      // Never answers.
    };
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const observed = await sources.collector.collect(
      collectionContext(['prometheus.alert-delivery'], {
        signal: controller.signal,
      }),
    );

    expect(observed[0].summary).toBe(
      `GET ${sources.prometheus.url}/api/v1/alertmanagers was cancelled with the evaluation run`,
    );
  });

  it('refuses invalid parameters with one error naming the field, and never echoes a credential', async () => {
    const observed = await collect(
      {
        check: 'prometheus.slo-objectives',
        params: { criticalities: ['high'] },
      },
      { check: 'prometheus.budget-policy', params: { criticality: ['P0'] } },
      { check: 'prometheus.tls-minimum', params: { allowed: 'TLS 1.2' } },
      {
        check: 'prometheus.alert-delivery',
        params: { baseUrl: 'http://admin:hunter2@prometheus.test' },
      },
      {
        check: 'prometheus.slo-alerting',
        params: { environment: 'prod', baseUrl: sources.prometheus.url },
      },
    );

    expect(observed.map(o => [o.subject, o.result, o.summary])).toEqual([
      [
        'check:prometheus.slo-objectives',
        'error',
        'Invalid parameters of prometheus.slo-objectives: criticalities.0: must be a criticality like P0',
      ],
      [
        'check:prometheus.budget-policy',
        'error',
        'Invalid parameters of prometheus.budget-policy: unknown criticality',
      ],
      [
        'check:prometheus.tls-minimum',
        'error',
        'Invalid parameters of prometheus.tls-minimum: allowed: Invalid input: expected array, received string',
      ],
      [
        'check:prometheus.alert-delivery',
        'error',
        'Invalid parameters of prometheus.alert-delivery: baseUrl: must be an http or https URL without credentials or query',
      ],
      [
        'check:prometheus.slo-alerting',
        'error',
        'Invalid parameters of prometheus.slo-alerting: params: name either an environment or a baseUrl, not both',
      ],
    ]);
    expect(observed.map(o => o.details)).toEqual(observed.map(() => undefined));
    expect(JSON.stringify(observed)).not.toContain('hunter2');
  });

  it('says so when a named environment is not configured', async () => {
    expect(
      await collect({
        check: 'prometheus.alert-delivery',
        params: { environment: 'staging' },
      }),
    ).toEqual([
      expect.objectContaining({
        subject: 'check:prometheus.alert-delivery',
        result: 'error',
        summary:
          'No Prometheus for prometheus.alert-delivery: slo.prometheus.environments has no "staging" (configured: prod); name one with the environment or baseUrl parameter',
      }),
    ]);
  });
});
