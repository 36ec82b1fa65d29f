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
} from '@localplus/plugin-compliance-node/testUtils';
import { startCollectorBackend } from '../__testUtils__/startCollectorBackend';
import { SEED_TIER_MODEL } from '@localplus/plugin-tiers-common/testUtils';

// An ADR backend gone wrong (a stand-in plugin with id `adr`), a catalog
// that fails, invalid parameters.

jest.setTimeout(60_000);

const LEDGER = 'component:default/svc-ledger';
const MINOR = 'component:default/svc-minor';

function component(name: string, tier: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, annotations: { 'localplus.io/tier': tier } },
    spec: { type: 'service', owner: 'team', lifecycle: 'production' },
  };
}

const ledgerDecision = {
  id: `${LEDGER}/0001-row-locks`,
  entityRef: LEDGER,
  title: 'Row locks',
  status: 'accepted',
};

describe('AdrEvidenceCollector with a hostile ADR backend', () => {
  const adr = standInPlugin('adr');
  let collector: EvidenceCollector;
  let adrUrl: string;

  beforeAll(async () => {
    const started = await startCollectorBackend({
      features: [
        adr.plugin,
        catalogServiceMock.factory({
          entities: [
            component('svc-ledger', 'T0'),
            component('svc-minor', 'T4'),
          ],
        }),
      ],
      config: { localplus: { tiers: SEED_TIER_MODEL } },
    });
    collector = started.collector;
    adrUrl = `http://localhost:${started.backend.server.port()}/api/adr`;
  });

  beforeEach(() => {
    adr.state.requests.length = 0;
  });

  const collect = (...requested: Parameters<typeof collectionContext>[0]) =>
    collector.collect(collectionContext(requested));
  const of = (observations: CollectedObservation[], subject: string) =>
    observations.find(o => o.subject === subject);

  it("gives in-scope components the ADR backend's own error and leaves the others not applicable", async () => {
    adr.state.answer = (_req, res) => {
      res.status(503).json({ error: { message: 'index is being rebuilt' } });
    };
    const observed = await collect('adr.change-decision');

    expect(of(observed, LEDGER)).toMatchObject({
      result: 'error',
      summary: `GET ${adrUrl}/decisions?status=accepted&limit=500 answered 503 Service Unavailable: index is being rebuilt`,
    });
    expect(of(observed, MINOR)?.result).toBe('not-applicable');
  });

  it('refuses a decision list of the wrong shape, naming the field', async () => {
    adr.state.answer = (_req, res) => {
      res.json({ decisions: [{ ...ledgerDecision, title: 42 }], total: 1 });
    };
    expect(of(await collect('adr.change-decision'), LEDGER)?.summary).toBe(
      `GET ${adrUrl}/decisions?status=accepted&limit=500 answered something unexpected at decisions.0.title: Invalid input: expected string, received number`,
    );
  });

  it('stops paging when the backend promises more than it gives', async () => {
    adr.state.answer = (req, res) => {
      res.json(
        req.query.offset || req.query.entityRef
          ? { decisions: [], total: 1000 }
          : { decisions: [ledgerDecision], total: 1000 },
      );
    };
    expect(of(await collect('adr.change-decision'), LEDGER)?.result).toBe(
      'pass',
    );
    expect(
      adr.state.requests.filter(url => !url.includes('entityRef')),
    ).toEqual([
      '/decisions?status=accepted&limit=500',
      '/decisions?status=accepted&limit=500&offset=1',
    ]);
  });

  it('refuses a log larger than one run reads', async () => {
    adr.state.answer = (_req, res) => {
      res.json({ decisions: [ledgerDecision], total: 10_000_000 });
    };
    expect(of(await collect('adr.change-decision'), LEDGER)?.summary).toBe(
      'The ADR backend holds 10000000 accepted decisions, more than the 50000 one run reads',
    );
  });

  it('stops reading an endless answer at the size limit', async () => {
    adr.state.answer = (_req, res) => {
      endlessBody(res);
    };
    expect(of(await collect('adr.change-decision'), LEDGER)?.summary).toBe(
      `GET ${adrUrl}/decisions?status=accepted&limit=500 answered more than 32 MiB`,
    );
  });

  it('refuses invalid parameters, naming the field, and reads nothing', async () => {
    const observed = await collect(
      { check: 'adr.change-decision', params: { tiers: ['gold'] } },
      {
        check: 'adr.change-decision',
        params: { docsEntities: ['docs/../../etc'] },
      },
      { check: 'adr.change-decision', params: { tiers: [] } },
    );

    expect(observed.map(o => [o.subject, o.summary])).toEqual([
      [
        'check:adr.change-decision',
        "Invalid parameters of adr.change-decision: tiers.0: must be one of the tier model's levels: T0, T1, T2, T3, T4, T5",
      ],
      [
        'check:adr.change-decision',
        'Invalid parameters of adr.change-decision: docsEntities.0: must be an entity ref like component:default/docs',
      ],
      [
        'check:adr.change-decision',
        'Invalid parameters of adr.change-decision: tiers: Too small: expected array to have >=1 items',
      ],
    ]);
    expect(adr.state.requests).toEqual([]);
  });
});

describe('AdrEvidenceCollector without its sources', () => {
  it('says the ADR backend is missing', async () => {
    const { collector, backend } = await startCollectorBackend({
      features: [
        catalogServiceMock.factory({
          entities: [component('svc-ledger', 'T1')],
        }),
      ],
      config: { localplus: { tiers: SEED_TIER_MODEL } },
    });
    const [observed] = await collector.collect(
      collectionContext(['adr.change-decision']),
    );

    expect(observed).toMatchObject({
      subject: LEDGER,
      result: 'error',
      summary: expect.stringMatching(
        /\/api\/adr\/decisions\?status=accepted&limit=500 answered 404 Not Found/,
      ),
    });
    await backend.stop();
  });

  it('reports a catalog it cannot read as one error', async () => {
    const catalog = catalogServiceMock.mock({
      streamEntities: () => {
        throw new Error('catalog database unavailable');
      },
    });
    const { collector, backend } = await startCollectorBackend({
      features: [catalog.factory],
      config: { localplus: { tiers: SEED_TIER_MODEL } },
    });

    expect(
      await collector.collect(collectionContext(['adr.change-decision'])),
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
