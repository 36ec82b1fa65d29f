import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type {
  CollectedObservation,
  EvidenceCollector,
} from '@localplus/plugin-compliance-node';
import { collectionContext } from '@localplus/plugin-compliance-node/testUtils';
import {
  endlessBody,
  standInPlugin,
  startHostileServer,
} from '@localplus/plugin-compliance-node/testUtils';
import { startCollectorBackend } from '../__testUtils__/startCollectorBackend';

// Sources that misbehave: an SLO backend (a stand-in plugin) and a
// Prometheus (a local HTTP server) answering errors, wrong types, endless
// bodies, YAML bombs, redirects; invalid parameters; a catalog that fails.

jest.setTimeout(60_000);

const LEDGER = 'component:default/svc-ledger';
const TOKEN = 'prometheus-secret-token-0123';

const components: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'svc-ledger',
      annotations: {
        'localplus.io/criticality': 'P0',
        'localplus.io/openslo': './slo/svc-ledger.yaml',
      },
    },
    spec: { type: 'service', owner: 'team-loyalty', lifecycle: 'production' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'svc-minor',
      annotations: { 'localplus.io/criticality': 'P3' },
    },
    spec: { type: 'service', owner: 'team-loyalty', lifecycle: 'production' },
  },
];

const overview = (rows: object[]) => ({ rows, documentProblems: [] });
const ledgerRow = {
  key: `${LEDGER}#svc-ledger-availability#0`,
  entityRef: LEDGER,
  sloName: 'svc-ledger-availability',
  objectiveName: '99.9 %',
  status: 'ok',
  state: 'normal',
};

describe('PrometheusEvidenceCollector with hostile sources', () => {
  const slo = standInPlugin('slo');
  let prometheus: Awaited<ReturnType<typeof startHostileServer>>;
  let collector: EvidenceCollector;
  let sloUrl: string;

  beforeAll(async () => {
    prometheus = await startHostileServer();
    const started = await startCollectorBackend({
      features: [
        slo.plugin,
        catalogServiceMock.factory({ entities: components }),
      ],
      config: {
        slo: {
          prometheus: {
            environments: {
              prod: {
                baseUrl: prometheus.url,
                headers: { Authorization: `Bearer ${TOKEN}` },
              },
            },
          },
        },
      },
    });
    collector = started.collector;
    sloUrl = `http://localhost:${started.backend.server.port()}/api/slo`;
  });

  afterAll(async () => {
    await prometheus?.close();
  });

  beforeEach(() => {
    prometheus.state.requests.length = 0;
  });

  const collect = (...requested: Parameters<typeof collectionContext>[0]) =>
    collector.collect(collectionContext(requested));
  const ledgerOf = (observations: CollectedObservation[]) =>
    observations.find(o => o.subject === LEDGER);

  it("names the SLO backend's own error for every subject it concerns", async () => {
    slo.state.answer = (_req, res) => {
      res
        .status(503)
        .json({ error: { name: 'Error', message: 'database is locked' } });
    };
    const observed = await collect('prometheus.slo-objectives');

    expect(ledgerOf(observed)).toMatchObject({
      result: 'error',
      summary: `GET ${sloUrl}/overview answered 503 Service Unavailable: database is locked`,
    });
    expect(
      observed.find(o => o.subject === 'component:default/svc-minor')?.result,
    ).toBe('not-applicable');
  });

  it('refuses an overview of the wrong shape, naming the field', async () => {
    slo.state.answer = (_req, res) => {
      res.json({ rows: 'many', documentProblems: [] });
    };
    expect(ledgerOf(await collect('prometheus.budget-policy'))).toMatchObject({
      result: 'error',
      summary: `GET ${sloUrl}/overview answered something unexpected at rows: Invalid input: expected array, received string`,
    });

    slo.state.answer = (_req, res) => {
      res.json(overview([{ ...ledgerRow, state: 'panic' }]));
    };
    expect(
      ledgerOf(await collect('prometheus.budget-policy'))?.summary,
    ).toMatch(/unexpected at rows\.0\.state: /);
  });

  it('reports objectives the SLO backend could not measure as an error of the source, not a failure', async () => {
    slo.state.answer = (_req, res) => {
      res.json(
        overview([
          {
            ...ledgerRow,
            status: 'error',
            state: null,
            error: 'Prometheus for prod is unreachable (ECONNREFUSED)',
          },
        ]),
      );
    };
    expect(ledgerOf(await collect('prometheus.budget-policy'))).toMatchObject({
      result: 'error',
      summary:
        'The SLO backend could not measure 1 objective: Prometheus for prod is unreachable (ECONNREFUSED)',
    });
  });

  it('refuses an answer that is not JSON', async () => {
    slo.state.answer = (_req, res) => {
      res.type('text/html').send('<html>login</html>');
    };
    expect(ledgerOf(await collect('prometheus.slo-objectives'))?.summary).toBe(
      `GET ${sloUrl}/overview did not answer JSON`,
    );
  });

  it('stops reading an endless answer at the size limit', async () => {
    let sent: Promise<number> | undefined;
    slo.state.answer = (_req, res) => {
      sent = endlessBody(res);
    };
    const observed = await collect('prometheus.slo-objectives');

    expect(ledgerOf(observed)?.summary).toBe(
      `GET ${sloUrl}/overview answered more than 32 MiB`,
    );
    // The connection was closed, not drained: the server stopped soon after.
    expect(await sent).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses a rule file with YAML aliases (a billion laughs) or of the wrong shape', async () => {
    slo.state.answer = (req, res) => {
      if (req.path.endsWith('/rules')) {
        res
          .type('application/yaml')
          .send('a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\ngroups: [*c]\n');
      } else {
        res.json(overview([ledgerRow]));
      }
    };
    expect(ledgerOf(await collect('prometheus.slo-alerting'))).toMatchObject({
      result: 'error',
      summary: expect.stringMatching(
        /^GET .*\/entities\/component\/default\/svc-ledger\/rules did not answer a YAML rule file: /,
      ),
    });

    slo.state.answer = (_req, res) => {
      res.type('application/yaml').send('groups: 5\n');
    };
    expect(ledgerOf(await collect('prometheus.slo-alerting'))?.summary).toMatch(
      /rules answered something unexpected at groups: /,
    );
  });

  describe('with SLO rules to look for', () => {
    beforeEach(() => {
      slo.state.answer = (req, res) => {
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
      prometheus.state.answer = (_req, res) => {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end('{"status":"success","data":{"groups":"x"}}');
      };
      expect(ledgerOf(await collect('prometheus.slo-alerting'))?.summary).toBe(
        `GET ${prometheus.url}/api/v1/rules?type=alert answered something unexpected at data.groups: Invalid input: expected array, received string`,
      );
    });

    it('sends the configured headers to the configured Prometheus only, and never repeats them', async () => {
      prometheus.state.answer = (_req, res) => {
        res
          .writeHead(302, { location: 'https://login.example/?next=%2F' })
          .end();
      };
      const configured = await collect('prometheus.slo-alerting');
      const other = await collect({
        check: 'prometheus.slo-alerting',
        params: { baseUrl: `${prometheus.url}/other` },
      });

      expect(ledgerOf(configured)?.summary).toBe(
        `GET ${prometheus.url}/api/v1/rules?type=alert answered 302 Found`,
      );
      expect(ledgerOf(other)?.result).toBe('error');
      expect(
        prometheus.state.requests.map(r => [r.url, r.headers.authorization]),
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
        prometheus.state.answer = (_req, res) => {
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
          new URL(prometheus.url).host
        }: 1 failing to evaluate (svc-ledger-availability objective 0, page 1h/5m (many-to-many matching not allowed)).`,
      );
    });
  });

  it("reports Prometheus's own error message and refuses a matrix where a vector is due", async () => {
    prometheus.state.answer = (_req, res) => {
      res
        .writeHead(422, { 'content-type': 'application/json' })
        .end(
          '{"status":"error","errorType":"execution","error":"query timed out"}',
        );
    };
    expect(await collect('prometheus.tls-minimum')).toEqual([
      expect.objectContaining({
        subject: `prometheus:${new URL(prometheus.url).host}`,
        result: 'error',
        summary: expect.stringMatching(
          /answered 422 Unprocessable Entity: query timed out$/,
        ),
      }),
    ]);

    prometheus.state.answer = (_req, res) => {
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
    prometheus.state.answer = (_req, res) => {
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
    prometheus.state.answer = () => {
      // Never answers.
    };
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const observed = await collector.collect(
      collectionContext(['prometheus.alert-delivery'], {
        signal: controller.signal,
      }),
    );

    expect(observed[0].summary).toBe(
      `GET ${prometheus.url}/api/v1/alertmanagers was cancelled with the evaluation run`,
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
        params: { environment: 'prod', baseUrl: prometheus.url },
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

describe('PrometheusEvidenceCollector without its sources', () => {
  it('says the SLO backend is missing, and needs a Prometheus named when none is configured', async () => {
    const { collector, backend } = await startCollectorBackend({
      features: [catalogServiceMock.factory({ entities: components })],
      config: {},
    });
    const observed = await collector.collect(
      collectionContext([
        'prometheus.slo-objectives',
        'prometheus.alert-delivery',
      ]),
    );

    expect(observed.find(o => o.subject === LEDGER)?.summary).toMatch(
      /^GET http:\/\/localhost:\d+\/api\/slo\/overview answered 404 Not Found/,
    );
    expect(
      observed.find(o => o.check === 'prometheus.alert-delivery'),
    ).toMatchObject({
      subject: 'check:prometheus.alert-delivery',
      result: 'error',
      summary: expect.stringContaining('(configured: none)'),
    });
    await backend.stop();
  });

  it('reports a catalog it cannot read as one error instead of silence', async () => {
    const catalog = catalogServiceMock.mock({
      streamEntities: () => {
        throw new Error('catalog database unavailable');
      },
    });
    const { collector, backend } = await startCollectorBackend({
      features: [catalog.factory],
      config: {},
    });

    expect(
      await collector.collect(collectionContext(['prometheus.slo-objectives'])),
    ).toEqual([
      expect.objectContaining({
        subject: 'catalog:components',
        result: 'error',
        summary:
          "Could not list the catalog's components: catalog database unavailable",
      }),
    ]);
    await backend.stop();
  });
});
