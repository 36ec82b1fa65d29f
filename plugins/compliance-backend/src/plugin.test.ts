import { mockCredentials } from '@backstage/backend-test-utils';
import type {
  ComplianceStatusResponse,
  ControlSummary,
} from '@localplus/plugin-compliance-common';
import { verifyExportArchive } from '@localplus/plugin-compliance-node';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import {
  ALICE,
  AUDITOR,
  GATEWAY_SERVICE,
  LEDGER_SERVICE,
  POINTS_SERVICE,
  SAM,
  startComplianceBackend,
} from './__testUtils__/startComplianceBackend';

jest.setTimeout(60_000);

const HOUR_MS = 60 * 60 * 1000;

/** Collects a binary body as a Buffer (supertest parses only text types). */
function binary(
  res: request.Response,
  callback: (error: Error | null, body: Buffer) => void,
) {
  // At parse time the response is still Node's message stream.
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}

const summaryOf = (body: ComplianceStatusResponse, id: string) =>
  body.controls.find(c => c.control.id === id) as ControlSummary;

/**
 * The whole plugin, from the control files to the export: two runs a day
 * apart, the Compliance page, a control's page, the evidence, an entity's
 * tab, the home widget, an exemption, the export verified offline, and a
 * tampered ledger row seen by the verify route and the status page.
 */
describe('the compliance backend, end to end', () => {
  let harness: Awaited<ReturnType<typeof startComplianceBackend>>;
  let firstRunId: string;

  const get = (url: string, who = AUDITOR) =>
    request(harness.server)
      .get(`/api/compliance${url}`)
      .set('Authorization', mockCredentials.user.header(who));
  const post = (url: string, who: string, body: object = {}) =>
    request(harness.server)
      .post(`/api/compliance${url}`)
      .set('Authorization', mockCredentials.user.header(who))
      .send(body);

  beforeAll(async () => {
    harness = await startComplianceBackend();
  });

  afterAll(() => harness?.stop());

  it('shows the frameworks and controls before any run, none evaluated', async () => {
    const frameworks = await get('/frameworks');
    expect(frameworks.status).toBe(200);
    expect(
      frameworks.body.items.map((f: { id: string }) => f.id).sort(),
    ).toEqual(['gdpr', 'soc2']);

    const status = await get('/status');
    expect(status.status).toBe(200);
    expect(status.body.controls.map((c: ControlSummary) => c.status)).toEqual([
      'not-evaluated',
      'not-evaluated',
      'not-evaluated',
      'not-evaluated',
    ]);
    expect(status.body.ledger).toEqual({ ok: true, headSequence: 0 });
    expect(status.body.latestRun).toBeUndefined();
  });

  it('runs an evaluation on demand for the person who asked', async () => {
    harness.evidence.failingOwner = [POINTS_SERVICE];
    harness.evidence.failingTier = [GATEWAY_SERVICE];

    const started = await post('/runs', ALICE);
    expect(started.status).toBe(202);
    expect(started.body).toEqual({
      runId: expect.any(String),
      triggered: true,
    });
    firstRunId = started.body.runId;

    const runs = await get('/runs');
    expect(runs.body.items).toEqual([
      expect.objectContaining({
        id: firstRunId,
        trigger: 'on-demand',
        requestedBy: ALICE,
        status: 'succeeded',
        // Three services times two checks, and the ledger's own check.
        observationCount: 7,
        collectorErrors: [],
      }),
    ]);
    expect(harness.auditEvents).toContainEqual(
      expect.objectContaining({
        eventId: 'compliance-evaluation-run',
        outcome: 'succeeded',
        meta: { runId: firstRunId },
      }),
    );
  });

  it('shows each control over the period, with coverage between runs', async () => {
    harness.clock.set('2026-12-02T09:00:00.000Z');
    harness.evidence.failingOwner = [];
    harness.evidence.failingTier = [GATEWAY_SERVICE, LEDGER_SERVICE];
    await harness.runEvaluation();
    harness.clock.set('2026-12-02T12:00:00.000Z');

    const response = await get('/status?from=2026-12-01&to=2026-12-02');
    expect(response.status).toBe(200);
    const body: ComplianceStatusResponse = response.body;
    expect(body.period).toEqual({
      from: '2026-12-01T00:00:00.000Z',
      to: '2026-12-03T00:00:00.000Z',
    });
    expect(
      body.frameworks.find(f => f.id === 'soc2')?.controlsByRequirement,
    ).toEqual({
      'CC6.1': ['service-ownership'],
      'CC7.2': ['audit-trail-integrity'],
      'CC8.1': ['service-tier'],
      'CC9.9': [],
    });

    const ownership = summaryOf(body, 'service-ownership');
    expect(ownership.status).toBe('satisfied');
    expect(ownership.counts).toEqual({
      satisfied: 3,
      'not-satisfied': 0,
      'not-applicable': 0,
      error: 0,
    });
    // Not satisfied from the first run (09:00) to the second a day later,
    // satisfied since (3 hours until now), nothing known before 09:00.
    expect(ownership.coverage).toEqual({
      satisfiedRatio: 3 / 27,
      satisfiedMs: 3 * HOUR_MS,
      notSatisfiedMs: 24 * HOUR_MS,
      errorMs: 0,
      unevaluatedMs: 9 * HOUR_MS,
      runs: 2,
    });
    expect(ownership.lastEvaluatedAt).toBe('2026-12-02T09:00:00.000Z');

    const tier = summaryOf(body, 'service-tier');
    expect(tier.status).toBe('not-satisfied');
    expect(tier.counts['not-satisfied']).toBe(2);
    expect(summaryOf(body, 'audit-trail-integrity').status).toBe('satisfied');
    // Nothing collects catalog.erasure-procedure: evidence missing is an error.
    expect(summaryOf(body, 'erasure-procedure').status).toBe('error');
    expect(body.latestRun).toMatchObject({ trigger: 'schedule' });
    expect(body.ledger.ok).toBe(true);

    const gdpr = await get(
      '/status?from=2026-12-01&to=2026-12-02&framework=gdpr',
    );
    expect(gdpr.body.frameworks.map((f: { id: string }) => f.id)).toEqual([
      'gdpr',
    ]);
    expect(
      gdpr.body.controls.map((c: ControlSummary) => c.control.id).sort(),
    ).toEqual(['erasure-procedure', 'service-ownership']);
  });

  it("shows a control's subjects, its history per run and 404 for an unknown one", async () => {
    const response = await get(
      '/controls/service-ownership?from=2026-12-01&to=2026-12-02',
    );
    expect(response.status).toBe(200);
    expect(response.body.summary.control.id).toBe('service-ownership');
    expect(
      response.body.history.map((h: { status: string }) => h.status),
    ).toEqual(['not-satisfied', 'satisfied']);
    expect(response.body.history[0].runId).toBe(firstRunId);
    expect(
      response.body.subjects.map((s: { subject: string; status: string }) => [
        s.subject,
        s.status,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [LEDGER_SERVICE, 'satisfied'],
        [POINTS_SERVICE, 'satisfied'],
        [GATEWAY_SERVICE, 'satisfied'],
      ]),
    );

    const unknown = await get('/controls/no-such-control');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('No control no-such-control');
  });

  it('lists the evidence behind a control, by result and by entity', async () => {
    const failing = await get(
      '/observations?control=service-ownership&result=fail&from=2026-12-01&to=2026-12-02',
    );
    expect(failing.status).toBe(200);
    expect(failing.body.total).toBe(1);
    expect(failing.body.items[0]).toMatchObject({
      check: 'catalog.owner',
      collector: 'catalog',
      subject: POINTS_SERVICE,
      result: 'fail',
      runId: firstRunId,
      sequence: expect.any(Number),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });

    const points = await get(`/observations?entity=${POINTS_SERVICE}&limit=3`);
    expect(points.body.total).toBe(4);
    expect(points.body.items).toHaveLength(3);
  });

  it("shows an entity's controls with its own coverage, and 404 for an unknown entity", async () => {
    const response = await get(
      '/entity/component/default/svc-ledger?from=2026-12-01&to=2026-12-02',
    );
    expect(response.status).toBe(200);
    expect(response.body.entityRef).toBe(LEDGER_SERVICE);
    const byId = Object.fromEntries(
      response.body.controls.map(
        (c: { control: { id: string } }) => [c.control.id, c] as const,
      ),
    );
    expect(Object.keys(byId).sort()).toEqual([
      'service-ownership',
      'service-tier',
    ]);
    expect(byId['service-tier'].evaluations[0].status).toBe('not-satisfied');
    // Its own tier was fine the first day, missing since the second run.
    expect(byId['service-tier'].coverage).toMatchObject({
      satisfiedMs: 24 * HOUR_MS,
      notSatisfiedMs: 3 * HOUR_MS,
    });

    const unknown = await get('/entity/component/default/svc-nowhere');
    expect(unknown.status).toBe(404);
  });

  it("lists the failing controls of the signed-in person's services", async () => {
    const alice = await get('/me/failing', ALICE);
    expect(alice.status).toBe(200);
    expect(alice.body.items).toEqual([
      expect.objectContaining({
        control: expect.objectContaining({ id: 'service-tier' }),
        entityRef: LEDGER_SERVICE,
        subject: LEDGER_SERVICE,
        status: 'not-satisfied',
        reason: expect.stringContaining('no localplus.io/tier annotation'),
      }),
    ]);
    const sam = await get('/me/failing', SAM);
    expect(
      sam.body.items.map((i: { entityRef: string }) => i.entityRef),
    ).toEqual([GATEWAY_SERVICE]);
  });

  it('takes an exemption from request to approval by someone else, once', async () => {
    const asked = await post('/exemptions', ALICE, {
      controlId: 'service-tier',
      subject: LEDGER_SERVICE,
      justification:
        'svc-ledger is decommissioned before the end of the quarter.',
      expiresAt: '2027-01-31T00:00:00Z',
    });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({
      controlId: 'service-tier',
      subject: LEDGER_SERVICE,
      entityRef: LEDGER_SERVICE,
      requestedBy: ALICE,
      status: 'requested',
      expiresAt: '2027-01-31T00:00:00.000Z',
    });
    const id = asked.body.id;

    const own = await post('/exemptions', SAM, {
      controlId: 'service-tier',
      subject: GATEWAY_SERVICE,
      justification: 'The gateway is tiered by the platform team next sprint.',
      expiresAt: '2026-12-20',
    });
    const selfApproval = await post(`/exemptions/${own.body.id}/approve`, SAM);
    expect(selfApproval.status).toBe(403);
    expect(selfApproval.body.error.message).toMatch(/someone other than/);

    const approved = await post(`/exemptions/${id}/approve`, SAM, {
      comment: 'Agreed until the decommissioning.',
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      decidedBy: SAM,
      decisionComment: 'Agreed until the decommissioning.',
    });
    const again = await post(`/exemptions/${id}/reject`, SAM, {
      comment: 'Changed my mind.',
    });
    expect(again.status).toBe(409);

    const list = await get('/exemptions?status=approved');
    expect(list.body.items.map((e: { id: string }) => e.id)).toEqual([id]);
    const decisions = harness.auditEvents
      .filter(e => e.eventId === 'compliance-exemption-decide')
      .map(e => e.outcome);
    expect(decisions).toEqual(['failed', 'succeeded', 'failed']);

    // The next run honours the approved exemption: nothing left for Alice.
    harness.clock.set('2026-12-02T13:00:00.000Z');
    await harness.runEvaluation();
    expect((await get('/me/failing', ALICE)).body.items).toEqual([]);
    const detail = await get('/controls/service-tier');
    expect(
      detail.body.subjects.find(
        (s: { subject: string }) => s.subject === LEDGER_SERVICE,
      ),
    ).toMatchObject({ status: 'not-applicable', exemptionId: id });
  });

  it('lists the installed collectors with their checks', async () => {
    const response = await get('/collectors');
    expect(
      response.body.items.map((c: { id: string; checks: { id: string }[] }) => [
        c.id,
        c.checks.map(check => check.id),
      ]),
    ).toEqual([
      ['ledger', ['ledger.integrity']],
      ['catalog', ['catalog.owner', 'catalog.tier']],
    ]);
  });

  it('exports a closed period as a zip the offline tools verify, the same bytes twice', async () => {
    harness.clock.set('2026-12-04T10:00:00.000Z');
    const download = () =>
      get('/export?from=2026-12-01&to=2026-12-02').buffer(true).parse(binary);

    const first = await download();
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('application/zip');
    expect(first.headers['content-disposition']).toBe(
      'attachment; filename="localplus-compliance-2026-12-01-2026-12-02.zip"',
    );
    const bytes: Buffer = first.body;
    const verification = verifyExportArchive(new Uint8Array(bytes));
    expect(verification.problems).toEqual([]);
    expect(verification.ok).toBe(true);

    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'compliance-export-'));
    try {
      fs.writeFileSync(path.join(folder, 'export.zip'), bytes);
      execFileSync('unzip', ['-q', 'export.zip', '-d', 'unzipped'], {
        cwd: folder,
      });
      const unzipped = path.join(folder, 'unzipped');
      expect(fs.readdirSync(unzipped)).toEqual(
        expect.arrayContaining([
          'assessment-results.json',
          'controls.csv',
          'evaluations.csv',
          'observations.csv',
          'exemptions.csv',
          'ledger.jsonl',
          'SHA256SUMS',
        ]),
      );
      // The manifest works with the standard tool, as the README promises.
      expect(() =>
        execFileSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], {
          cwd: unzipped,
          stdio: 'pipe',
        }),
      ).not.toThrow();
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }

    const second = await download();
    expect(Buffer.compare(second.body, bytes)).toBe(0);
  });

  it('reports a tampered ledger row on the verify route and on the status page', async () => {
    const { database } = harness;
    const row = await database('compliance_ledger')
      .where({ sequence: 3 })
      .first();
    const payload = JSON.parse(row.payload);
    await database('compliance_ledger')
      .where({ sequence: 3 })
      .update({
        payload: JSON.stringify({ ...payload, summary: 'Rewritten later' }),
      });

    const verify = await get('/ledger/verify');
    expect(verify.status).toBe(200);
    expect(verify.body).toMatchObject({
      ok: false,
      headSequence: 2,
      firstBroken: { sequence: 3, reason: 'hash-mismatch' },
    });

    const status = await get('/status');
    expect(status.body.ledger).toMatchObject({
      ok: false,
      firstBroken: { sequence: 3, reason: 'hash-mismatch' },
    });
  });
});
