import {
  collectionContext,
  endlessBody,
} from '@localplus/plugin-compliance-node/testUtils';
import {
  LEDGER,
  components,
  ledgerRow,
  overview,
  useHostileSources,
} from '../__testUtils__/hostileSources';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { startCollectorBackend } from '../__testUtils__/startCollectorBackend';

// An SLO backend (a stand-in plugin) answering errors, wrong types, endless
// bodies and YAML bombs; and the collector without its sources.

jest.setTimeout(60_000);

describe('PrometheusEvidenceCollector with a hostile SLO backend', () => {
  const sources = useHostileSources();
  const { collect, ledgerOf } = sources;

  it("names the SLO backend's own error for every subject it concerns", async () => {
    sources.slo.state.answer = (_req, res) => {
      res
        .status(503)
        .json({ error: { name: 'Error', message: 'database is locked' } });
    };
    const observed = await collect('prometheus.slo-objectives');

    expect(ledgerOf(observed)).toMatchObject({
      result: 'error',
      summary: `GET ${sources.sloUrl}/overview answered 503 Service Unavailable: database is locked`,
    });
    expect(
      observed.find(o => o.subject === 'component:default/svc-minor')?.result,
    ).toBe('not-applicable');
  });

  it('refuses an overview of the wrong shape, naming the field', async () => {
    sources.slo.state.answer = (_req, res) => {
      res.json({ rows: 'many', documentProblems: [] });
    };
    expect(ledgerOf(await collect('prometheus.budget-policy'))).toMatchObject({
      result: 'error',
      summary: `GET ${sources.sloUrl}/overview answered something unexpected at rows: Invalid input: expected array, received string`,
    });

    sources.slo.state.answer = (_req, res) => {
      res.json(overview([{ ...ledgerRow, state: 'panic' }]));
    };
    expect(
      ledgerOf(await collect('prometheus.budget-policy'))?.summary,
    ).toMatch(/unexpected at rows\.0\.state: /);
  });

  it('reports objectives the SLO backend could not measure as an error of the source, not a failure', async () => {
    sources.slo.state.answer = (_req, res) => {
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
    sources.slo.state.answer = (_req, res) => {
      res.type('text/html').send('<html>login</html>');
    };
    expect(ledgerOf(await collect('prometheus.slo-objectives'))?.summary).toBe(
      `GET ${sources.sloUrl}/overview did not answer JSON`,
    );
  });

  it('stops reading an endless answer at the size limit', async () => {
    let sent: Promise<number> | undefined;
    sources.slo.state.answer = (_req, res) => {
      sent = endlessBody(res);
    };
    const observed = await collect('prometheus.slo-objectives');

    expect(ledgerOf(observed)?.summary).toBe(
      `GET ${sources.sloUrl}/overview answered more than 32 MiB`,
    );
    // The connection was closed, not drained: the server stopped soon after.
    expect(await sent).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses a rule file with YAML aliases (a billion laughs) or of the wrong shape', async () => {
    sources.slo.state.answer = (req, res) => {
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

    sources.slo.state.answer = (_req, res) => {
      res.type('application/yaml').send('groups: 5\n');
    };
    expect(ledgerOf(await collect('prometheus.slo-alerting'))?.summary).toMatch(
      /rules answered something unexpected at groups: /,
    );
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
