import type { ObservationResult } from '@localplus/plugin-compliance-common';
import type {
  CollectedObservation,
  EvidenceCollector,
} from '@localplus/plugin-compliance-node';
import {
  findFreePort,
  RunningPrometheus,
  startPrometheus,
} from '@localplus/server-kit';
import { collectionContext } from '@localplus/plugin-compliance-node/testUtils';
import { availabilitySlo } from '../__testUtils__/sloComponents';
import { startSloStack } from '../__testUtils__/sloStack';
import { serviceTraffic, tlsProbe } from '../__testUtils__/syntheticSeries';

// Against the real SLO backend (Prometheus source), a real Prometheus with
// two days of traffic, blackbox-style TLS probes and the burn-rate rules the
// SLO backend generated, and a real Alertmanager.

jest.setTimeout(120_000);

const origin = Math.floor(Date.now() / 1000) - 2 * 86_400;
const traffic = (service: string, errorShare: number) =>
  serviceTraffic(service, origin, { perSecond: 5, errorShare });

const ref = (name: string) => `component:default/${name}`;

function bySubject(observations: CollectedObservation[], check: string) {
  return new Map(
    observations
      .filter(observation => observation.check === check)
      .map(observation => [observation.subject, observation]),
  );
}

function results(observations: Map<string, CollectedObservation>) {
  return Object.fromEntries(
    [...observations].map(([subject, o]) => [subject, o.result]),
  ) as Record<string, ObservationResult>;
}

/** Prometheus loads rules and discovers Alertmanagers a moment after it is told. */
async function until(url: string, seen: string) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const response = await fetch(url);
    if ((await response.text()).includes(seen)) return;
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  throw new Error(`${url} never showed ${seen}`);
}

describe('PrometheusEvidenceCollector against the SLO backend and Prometheus', () => {
  let stack: Awaited<ReturnType<typeof startSloStack>>;
  let collector: EvidenceCollector;
  let bare: RunningPrometheus;

  beforeAll(async () => {
    stack = await startSloStack({
      components: [
        {
          name: 'svc-ledger',
          criticality: 'P0',
          openSlo: availabilitySlo('svc-ledger'),
        },
        {
          name: 'svc-wallet',
          criticality: 'p0',
          openSlo: availabilitySlo('svc-wallet'),
        },
        {
          name: 'svc-quiet',
          criticality: 'P1',
          openSlo: availabilitySlo('svc-quiet'),
        },
        { name: 'svc-merchant', criticality: 'P1' },
        {
          name: 'svc-broken',
          criticality: 'P0',
          openSlo:
            'apiVersion: openslo/v1\nkind: SLO\nmetadata: { name: broken }\nspec: {}\n',
        },
        {
          name: 'svc-notification',
          criticality: 'P2',
          openSlo: availabilitySlo('svc-notification'),
        },
        { name: 'lib-money' },
      ],
      series: [
        ...traffic('svc-ledger', 0.0002),
        ...traffic('svc-wallet', 0.0005),
        ...traffic('svc-notification', 0),
        tlsProbe('https://api.localplus.test', 'TLS 1.3'),
        tlsProbe('https://shop.localplus.test', 'TLS 1.2'),
        tlsProbe('https://legacy.localplus.test', 'TLS 1.0'),
      ],
    });
    collector = stack.collector;
    // Deployed for svc-ledger only: svc-wallet's alerts exist on paper.
    await stack.loadRulesOf(['svc-ledger']);
    await until(
      `${stack.prometheus.url}/api/v1/rules?type=alert`,
      '"slo":"svc-ledger-availability"',
    );
    await until(
      `${stack.prometheus.url}/api/v1/alertmanagers`,
      stack.alertmanager.url,
    );
    // No Alertmanager, no probes.
    bare = await startPrometheus();
  });

  afterAll(async () => {
    await bare?.stop();
    await stack?.stop();
  });

  const collect = (...requested: Parameters<typeof collectionContext>[0]) =>
    collector.collect(collectionContext(requested));

  it('registers its five checks under the prometheus id', () => {
    expect(collector.id).toBe('prometheus');
    expect(collector.checks.map(check => check.id)).toEqual([
      'slo-objectives',
      'slo-alerting',
      'budget-policy',
      'alert-delivery',
      'tls-minimum',
    ]);
  });

  it('finds the objectives of P0 and P1 components, and none where there are none', async () => {
    const observed = bySubject(
      await collect('prometheus.slo-objectives'),
      'prometheus.slo-objectives',
    );

    expect(results(observed)).toEqual({
      [ref('lib-money')]: 'not-applicable',
      [ref('svc-broken')]: 'fail',
      [ref('svc-ledger')]: 'pass',
      [ref('svc-merchant')]: 'fail',
      [ref('svc-notification')]: 'not-applicable',
      [ref('svc-quiet')]: 'pass',
      [ref('svc-wallet')]: 'pass',
    });
    expect(observed.get(ref('svc-ledger'))).toMatchObject({
      entityRef: ref('svc-ledger'),
      method: 'examine',
      summary: '1 objective in 1 SLO: svc-ledger-availability.',
      details: { criticality: 'P0', objectives: 1 },
    });
    expect(observed.get(ref('svc-merchant'))?.summary).toBe(
      'No SLO: the component has no localplus.io/openslo annotation.',
    );
    expect(observed.get(ref('svc-broken'))?.summary).toMatch(
      /^No usable SLO: its OpenSLO documents have \d+ problems, first: document 0: spec\.service: /,
    );
    expect(observed.get(ref('svc-notification'))?.summary).toBe(
      'Criticality P2 is not P0 or P1, so no SLO is required.',
    );
    expect(observed.get(ref('lib-money'))?.summary).toBe(
      'No localplus.io/criticality annotation, so it is not a P0 or P1 service.',
    );
  });

  it('passes only the components whose generated burn-rate alerts Prometheus has loaded', async () => {
    const observed = bySubject(
      await collect('prometheus.slo-alerting'),
      'prometheus.slo-alerting',
    );
    const host = new URL(stack.prometheus.url).host;

    expect(results(observed)).toMatchObject({
      [ref('svc-ledger')]: 'pass',
      [ref('svc-wallet')]: 'fail',
      [ref('svc-quiet')]: 'fail',
      [ref('svc-merchant')]: 'fail',
      [ref('svc-broken')]: 'fail',
      [ref('svc-notification')]: 'not-applicable',
    });
    const ledger = observed.get(ref('svc-ledger'))!;
    const loaded = await fetch(
      `${stack.prometheus.url}/api/v1/rules?type=alert`,
    ).then(r => r.json());
    const ledgerAlerts = loaded.data.groups
      .flatMap((g: { rules: Array<{ labels: { slo?: string } }> }) => g.rules)
      .filter(
        (r: { labels: { slo?: string } }) =>
          r.labels.slo === 'svc-ledger-availability',
      );
    expect(ledgerAlerts.length).toBeGreaterThan(0);
    expect(ledger.summary).toBe(
      `All ${ledgerAlerts.length} burn-rate alerts of its SLOs are loaded in Prometheus at ${host}.`,
    );
    const wallet = observed.get(ref('svc-wallet'))!;
    expect(wallet.summary).toMatch(
      new RegExp(
        `^Burn-rate alerts in Prometheus at ${host}: ${ledgerAlerts.length} of ${ledgerAlerts.length} not loaded \\(svc-wallet-availability objective 0, page`,
      ),
    );
    expect(wallet.examined.map(item => item.type)).toEqual([
      'catalog-entity',
      'slo-alert-rules',
      'prometheus-rules',
    ]);
    expect(observed.get(ref('svc-broken'))?.summary).toMatch(
      /^No burn-rate alert to load: the SLO backend generates none \(GET .*\/rules answered 400 Bad Request: No valid SLO/,
    );
  });

  it('passes objectives that state a budget policy and fails those without data', async () => {
    const observed = bySubject(
      await collect('prometheus.budget-policy'),
      'prometheus.budget-policy',
    );

    expect(results(observed)).toMatchObject({
      [ref('svc-ledger')]: 'pass',
      [ref('svc-wallet')]: 'pass',
      [ref('svc-quiet')]: 'fail',
      [ref('svc-merchant')]: 'fail',
      [ref('svc-notification')]: 'not-applicable',
    });
    // 0.02 % errors of a 0.1 % budget: a fifth spent.
    expect(observed.get(ref('svc-ledger'))?.summary).toBe(
      'Every objective states its budget policy: svc-ledger-availability normal.',
    );
    expect(observed.get(ref('svc-quiet'))?.summary).toBe(
      '1 of 1 objective state no budget policy: svc-quiet-availability (99.9 % of requests succeed) no-data.',
    );
  });

  it('passes a Prometheus with an active Alertmanager and fails one without', async () => {
    const [configured] = await collect('prometheus.alert-delivery');
    const withoutAlertmanager = await collect({
      check: 'prometheus.alert-delivery',
      params: { baseUrl: bare.url },
    });
    const host = new URL(stack.prometheus.url).host;

    expect(configured).toMatchObject({
      subject: `prometheus:${host}`,
      result: 'pass',
      summary: `Prometheus at ${host} sends its alerts to 1 active Alertmanager: ${stack.alertmanager.url}/api/v2/alerts.`,
    });
    expect(withoutAlertmanager).toEqual([
      expect.objectContaining({
        subject: `prometheus:${new URL(bare.url).host}`,
        result: 'fail',
        summary: `Prometheus at ${
          new URL(bare.url).host
        } has no active Alertmanager, so firing alerts reach nobody.`,
        details: { active: [], dropped: 0, params: { baseUrl: bare.url } },
      }),
    ]);
  });

  it('tests every probed endpoint against the allowed TLS versions', async () => {
    const byDefault = bySubject(
      await collect('prometheus.tls-minimum'),
      'prometheus.tls-minimum',
    );
    const onlyTls13 = bySubject(
      await collect({
        check: 'prometheus.tls-minimum',
        params: { allowed: ['TLS 1.3'] },
      }),
      'prometheus.tls-minimum',
    );

    expect(results(byDefault)).toEqual({
      'endpoint:https://api.localplus.test': 'pass',
      'endpoint:https://legacy.localplus.test': 'fail',
      'endpoint:https://shop.localplus.test': 'pass',
    });
    expect(
      byDefault.get('endpoint:https://legacy.localplus.test'),
    ).toMatchObject({
      method: 'test',
      summary:
        'Negotiates TLS 1.0, which is not among the allowed TLS 1.2, TLS 1.3.',
      details: { versions: ['TLS 1.0'] },
    });
    expect(results(onlyTls13)).toEqual({
      'endpoint:https://api.localplus.test': 'pass',
      'endpoint:https://legacy.localplus.test': 'fail',
      'endpoint:https://shop.localplus.test': 'fail',
    });
  });

  it('reports a Prometheus without probes as an error, not as a pass', async () => {
    const observed = await collect({
      check: 'prometheus.tls-minimum',
      params: { baseUrl: bare.url },
    });

    expect(observed).toEqual([
      expect.objectContaining({
        subject: `prometheus:${new URL(bare.url).host}`,
        result: 'error',
        summary: `No TLS probes found: Prometheus at ${
          new URL(bare.url).host
        } has no probe_tls_version_info series with an instance and a version.`,
      }),
    ]);
  });

  it('gives each subject an error when Prometheus is down, and still judges what needs no Prometheus', async () => {
    const deadUrl = `http://127.0.0.1:${await findFreePort('127.0.0.1')}`;
    const observed = bySubject(
      await collect(
        { check: 'prometheus.slo-alerting', params: { baseUrl: deadUrl } },
        { check: 'prometheus.alert-delivery', params: { baseUrl: deadUrl } },
      ),
      'prometheus.slo-alerting',
    );

    expect(observed.get(ref('svc-ledger'))).toMatchObject({
      result: 'error',
      summary: `GET ${deadUrl}/api/v1/rules?type=alert failed: ECONNREFUSED`,
    });
    expect(observed.get(ref('svc-merchant'))?.result).toBe('fail');
    expect(observed.get(ref('svc-notification'))?.result).toBe(
      'not-applicable',
    );
  });

  it('runs a check once per distinct parameter set and says which set each observation answers', async () => {
    const observed = await collect(
      'prometheus.alert-delivery',
      { check: 'prometheus.alert-delivery', params: {} },
      { check: 'prometheus.alert-delivery', params: { environment: 'prod' } },
      { check: 'prometheus.alert-delivery', params: { environment: 'prod' } },
    );

    expect(observed.map(o => o.details?.params ?? null)).toEqual([
      null,
      { environment: 'prod' },
    ]);
  });

  it('turns a cancelled run into error observations', async () => {
    const controller = new AbortController();
    controller.abort();
    const observed = await collector.collect(
      collectionContext(['prometheus.slo-objectives'], {
        signal: controller.signal,
      }),
    );

    expect(observed.find(o => o.subject === ref('svc-ledger'))).toMatchObject({
      result: 'error',
      summary: expect.stringMatching(
        /overview was cancelled with the evaluation run$/,
      ),
    });
  });

  it('skips the checks no control cites', async () => {
    expect(await collect('catalog.owner')).toEqual([]);
  });
});
