import { expect, Page, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { demoUserPageForBlock } from './support/demoUserSession';
import { demoUserToken } from './support/demoUserToken';
import { screenshotDir } from './support/guestSession';
import { wordsNotWholeInCells } from './support/wordsInCells';

/** The compliance plugin's database file in this run (app-config.e2e.yaml). */
const COMPLIANCE_DATABASE = path.resolve(
  __dirname,
  '../e2e-test-results/devdata/compliance.sqlite',
);
const REPOSITORY_ROOT = path.resolve(__dirname, '..');

async function screenshots(page: Page, name: string) {
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    // Nothing wider than the window once the layout has followed it.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(width);
    await page.screenshot({
      path: `${screenshotDir}/${name}-${width}.png`,
      fullPage: true,
    });
    expect(await wordsNotWholeInCells(page)).toEqual([]);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** The controls table once the first evaluation (15 s after startup) has run. */
async function openCompliance(page: Page, query = '') {
  await expect(async () => {
    await page.goto(`/compliance${query}`);
    await expect(
      page.getByRole('link', { name: /Changes are reviewed/ }).first(),
    ).toBeVisible({ timeout: 5_000 });
    // Evaluated: the controls carry a status, not "Not evaluated".
    await expect(
      page.getByRole('table').getByText('Not satisfied').first(),
    ).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 150_000, intervals: [5_000] });
}

test.describe.serial('compliance, as Thomas (the auditor)', () => {
  const thomasPage = demoUserPageForBlock('auditor');

  test('his home page shows the platform compliance at a glance', async () => {
    const page = thomasPage();
    await expect(async () => {
      await page.goto('/');
      await expect(
        page.getByRole('link', { name: /Changes are reviewed/ }).first(),
      ).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 150_000, intervals: [5_000] });
    await screenshots(page, '70-compliance-home-auditor');
  });

  test('the SOC 2 view for the last 90 days', async () => {
    const page = thomasPage();
    await openCompliance(page);
    await page.getByRole('tab', { name: 'SOC 2' }).click();
    await page.getByRole('button', { name: /Last 30 days/ }).click();
    await page.getByRole('option', { name: 'Last 90 days' }).click();
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    const url = new URL(page.url());
    const days =
      (Date.parse(url.searchParams.get('to')!) -
        Date.parse(url.searchParams.get('from')!)) /
      86_400_000;
    expect(days).toBeGreaterThanOrEqual(88);
    expect(days).toBeLessThanOrEqual(90);
    // SOC 2 lists its own controls, the change management one among them,
    // and not GDPR-only ones.
    await expect(
      page.getByRole('link', { name: /Changes are reviewed/ }).first(),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: /erasure/i })).toHaveCount(0);
    // An auditor reads and exports; nothing that changes evidence is offered.
    await expect(
      page.getByRole('button', { name: 'Export evidence' }),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: /Run evaluation/ }),
    ).toHaveCount(0);
    await screenshots(page, '71-compliance-soc2-90-days');
  });

  test("a failing control's evidence names the weak repository", async () => {
    const page = thomasPage();
    await openCompliance(page);
    await page
      .getByRole('link', { name: /Changes are reviewed/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/compliance\/controls\/change-management/);
    const subjects = page.getByRole('table', { name: 'Subjects' });
    await expect(
      subjects.getByRole('row', {
        name: /repository:localplus\/chaos-experiments/,
      }),
    ).toContainText(/not satisfied/i);
    // The auditor narrows the evidence to the repository, as its first page
    // holds the newest observations of every check the control cites.
    await page
      .getByRole('textbox', { name: 'Subject' })
      .fill('repository:localplus/chaos-experiments');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await expect(page).toHaveURL(/chaos-experiments/);
    const evidence = page.getByRole('table', { name: 'Evidence' });
    const rows = evidence.getByRole('row', { name: /chaos-experiments/ });
    await expect(rows.first()).toContainText(/fail/i);
    await expect(
      evidence.getByRole('row').filter({ hasNotText: 'chaos-experiments' }),
    ).toHaveCount(1); // the heading row
    await expect(
      page.getByRole('button', { name: /Request exemption/ }),
    ).toHaveCount(0);
    await screenshots(page, '72-compliance-control-evidence');
  });

  test('the export downloads and the offline verifier accepts it', async () => {
    const page = thomasPage();
    await openCompliance(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export evidence' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^localplus-compliance-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.zip$/,
    );
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'compliance-e2e-'));
    const file = path.join(folder, download.suggestedFilename());
    await download.saveAs(file);
    const verify = (zip: string) =>
      spawnSync(
        process.execPath,
        ['.yarn/releases/yarn-4.13.0.cjs', 'compliance:verify', zip],
        { cwd: REPOSITORY_ROOT, encoding: 'utf8', timeout: 60_000 },
      );
    const verified = verify(file);
    expect(verified.status, verified.stdout + verified.stderr).toBe(0);

    // One word of the OSCAL document changed, the checksums left as they
    // were: the verifier refuses it.
    const files = unzipSync(fs.readFileSync(file));
    const oscal = strFromU8(files['assessment-results.json']);
    expect(oscal).toContain('"not-satisfied"');
    files['assessment-results.json'] = strToU8(
      oscal.replace('"not-satisfied"', '"satisfied"'),
    );
    const tamperedFile = path.join(folder, 'tampered.zip');
    fs.writeFileSync(tamperedFile, zipSync(files));
    const refused = verify(tamperedFile);
    expect(refused.status, refused.stdout + refused.stderr).toBe(1);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test('a ledger row changed in the database shows the tamper banner', async ({
    request,
  }) => {
    const page = thomasPage();
    await openCompliance(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
    const token = await demoUserToken(request, 'thomas-keller');
    const headers = { authorization: `Bearer ${token}` };

    const database = new Database(COMPLIANCE_DATABASE);
    const row = database
      .prepare(
        `SELECT sequence, payload FROM compliance_ledger
          WHERE kind = 'observation' ORDER BY sequence LIMIT 1 OFFSET 4`,
      )
      .get() as { sequence: number; payload: string };
    try {
      // Someone with database access turns a failure into a pass.
      const edited = row.payload.includes('"fail"')
        ? row.payload.replace('"fail"', '"pass"')
        : row.payload.replace(/"summary":"/, '"summary":"Edited: ');
      database
        .prepare('UPDATE compliance_ledger SET payload = ? WHERE sequence = ?')
        .run(edited, row.sequence);

      const verification = await request.get('/api/compliance/ledger/verify', {
        headers,
      });
      expect(verification.status()).toBe(200);
      const body = await verification.json();
      expect(body.ok).toBe(false);
      expect(body.firstBroken.sequence).toBe(row.sequence);

      await page.reload();
      const banner = page.getByRole('alert').filter({
        hasText: `Evidence ledger broken at record #${row.sequence}`,
      });
      await expect(banner).toBeVisible();
      await screenshots(page, '73-compliance-tamper-banner');
    } finally {
      // The row as it was: the chain verifies again for the tests after.
      database
        .prepare('UPDATE compliance_ledger SET payload = ? WHERE sequence = ?')
        .run(row.payload, row.sequence);
      database.close();
      const again = await request.get('/api/compliance/ledger/verify', {
        headers,
      });
      expect((await again.json()).ok).toBe(true);
    }
  });

  test('the auditor is refused every change (403)', async ({ request }) => {
    const token = await demoUserToken(request, 'thomas-keller');
    const headers = { authorization: `Bearer ${token}` };
    expect(
      (await request.get('/api/compliance/status', { headers })).status(),
    ).toBe(200);
    for (const [url, data] of [
      ['/api/compliance/runs', {}],
      [
        '/api/compliance/exemptions',
        {
          controlId: 'change-management',
          subject: 'repository:localplus/chaos-experiments',
          justification: 'An auditor must not be able to ask for this.',
          expiresAt: '2027-01-31',
        },
      ],
      ['/api/compliance/exemptions/anything/approve', {}],
    ] as const) {
      const response = await request.post(url, { headers, data });
      expect(response.status(), url).toBe(403);
    }
  });
});
