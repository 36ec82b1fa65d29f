import { expect, Page, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

import { demoUserPageForBlock } from './support/demoUserSession';
import { demoUserToken } from './support/demoUserToken';
import { screenshotDir } from './support/guestSession';
import { wordsNotWholeInCells } from './support/wordsInCells';

/** The superseded records of the bundled catalog, read from the files themselves. */
function supersededTitlesOnDisk(): string[] {
  const folders = [
    path.resolve(__dirname, '../docs/adr'),
    path.resolve(__dirname, '../catalog/systems/adr/ecommerce'),
    path.resolve(__dirname, '../catalog/systems/adr/viridial'),
  ];
  return folders.flatMap(folder =>
    fs
      .readdirSync(folder)
      .filter(name => /^\d{4}-.+\.md$/.test(name))
      .map(name => fs.readFileSync(path.join(folder, name), 'utf8'))
      .filter(text =>
        /^status:\s*superseded|^## Status\s+Superseded|\*\*Status:\*\*\s*Superseded/im.test(
          text,
        ),
      )
      .map(text => /^# (?:\d+\. )?(.+)$/m.exec(text)![1].trim()),
  );
}

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

/** Opens the decision log once the first indexing has run (30 s after startup). */
async function openLog(page: Page, query = '') {
  await expect(async () => {
    await page.goto(`/adr/log${query}`);
    await expect(page.getByRole('rowheader').first()).toBeVisible({
      timeout: 5_000,
    });
  }).toPass({ timeout: 120_000, intervals: [5_000] });
}

test.describe.serial('architecture decisions, as Sofia (a tech lead)', () => {
  const sofiaPage = demoUserPageForBlock('tech-lead');

  test('the home page lists the proposed decision that awaits her input', async () => {
    const page = sofiaPage();
    const widget = page.getByRole('list', { name: 'Awaiting your input' });
    await expect(async () => {
      await page.goto('/');
      await expect(
        widget.getByRole('link', {
          name: /Linkerd for service-to-service mTLS/,
        }),
      ).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 120_000, intervals: [5_000] });
    await screenshots(page, '60-adr-home-tech-lead');
  });

  test('the organisation-wide log, filtered to superseded decisions', async () => {
    const page = sofiaPage();
    await openLog(page);
    await page.getByLabel('Status').click();
    await page.getByRole('option', { name: /^Superseded/ }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toBeHidden();
    // The menu fades out after its list is hidden: gone before the screenshots.
    await expect(page.locator('.MuiMenu-paper')).toHaveCount(0);
    await expect(page).toHaveURL(/status=superseded/);

    const expected = supersededTitlesOnDisk();
    expect(expected.length).toBeGreaterThan(0);
    const titles = page.getByRole('rowheader').getByRole('link');
    await expect(titles).toHaveCount(expected.length);
    for (const title of expected) {
      await expect(
        page.getByRole('rowheader').getByRole('link', { name: title }),
      ).toBeVisible();
    }
    // Every row says superseded, and nothing else.
    const rows = page.locator('tr[data-decision]');
    for (const row of await rows.all()) {
      await expect(row.getByText('Superseded', { exact: true })).toBeVisible();
    }
    await screenshots(page, '61-adr-log-superseded');

    // The filter is in the link: a reload shows the same view.
    await page.reload();
    await expect(titles).toHaveCount(expected.length);
  });

  test("a decision's page draws its graph: Kubernetes with kubeadm supersedes Docker Compose", async () => {
    const page = sofiaPage();
    await page.goto(
      '/adr/decisions/system/default/viridial-platform/0003-kubernetes-with-kubeadm-for-staging-and-production',
    );
    await expect(
      page.getByRole('heading', { name: /Kubernetes with kubeadm/ }).first(),
    ).toBeVisible();
    const graph = page.getByRole('img', { name: 'Decision graph' });
    await expect(graph).toBeVisible();
    // Node labels are drawn as text (their full titles are hidden tooltips).
    await expect(
      graph.locator('text:visible', { hasText: /Docker Compose/ }).first(),
    ).toBeVisible();
    await expect(
      graph.locator('text:visible', { hasText: 'supersedes' }).first(),
    ).toBeVisible();
    await screenshots(page, '62-adr-decision-page');

    await page.goto('/adr/graph');
    await expect(
      page
        .getByRole('img', { name: 'Decision graph' })
        .locator('text:visible', { hasText: 'supersedes' })
        .first(),
    ).toBeVisible();
    await screenshots(page, '63-adr-graph');
  });

  test('the review queue names the proposed decisions', async () => {
    const page = sofiaPage();
    await page.goto('/adr/review');
    await expect(
      page
        .getByRole('link', { name: /Linkerd for service-to-service mTLS/ })
        .first(),
    ).toBeVisible();
    await screenshots(page, '64-adr-review');
  });

  test('the portal search finds a decision by a word of its context', async () => {
    const page = sofiaPage();
    // "thirteen" appears only in the context of the e-commerce gateway record.
    await expect(async () => {
      await page.goto('/search?query=thirteen');
      await expect(
        page
          .getByRole('link', { name: /A single API gateway for all clients/ })
          .first(),
      ).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 180_000, intervals: [10_000] });
    await screenshots(page, '65-adr-search');
  });

  test('a new decision from the template is in the decision log at once', async () => {
    const page = sofiaPage();
    const title = `Valkey streams for audit events ${Date.now()}`;
    await page.goto('/create/templates/default/new-decision-record');
    const entity = page.getByRole('textbox', { name: /Component or system/ });
    await entity.click();
    await entity.fill('viridial');
    await page
      .getByRole('option', { name: /Viridial Platform|viridial-platform/i })
      .first()
      .click();
    await page.getByLabel(/^Title/).fill(title);
    await page.getByRole('button', { name: 'Next' }).click();
    await page
      .getByLabel(/Context and problem statement/)
      .fill(
        'Audit events need a durable, ordered log that services can replay.',
      );
    await page
      .getByLabel(/Decision outcome/)
      .fill('Chosen option: Valkey streams, already run for the cache.');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Review' }).click();
    await screenshots(page, '66-adr-template-review');
    await page.getByRole('button', { name: 'Create' }).click();
    await expect(page).toHaveURL(/\/create\/tasks\//);
    const open = page
      .getByRole('link', { name: 'Open the decision' })
      .or(page.getByRole('button', { name: 'Open the decision' }));
    await expect(open.first()).toBeVisible({ timeout: 90_000 });
    await screenshots(page, '67-adr-template-task');
    await open.first().click();
    await expect(
      page.getByRole('heading', { name: new RegExp(title) }).first(),
    ).toBeVisible();
    await expect(
      page.getByText('Proposed', { exact: true }).first(),
    ).toBeVisible();

    // In the organisation-wide log, numbered after the last Viridial record.
    await page.goto(`/adr/log?q=${encodeURIComponent(title)}`);
    const row = page.locator('tr[data-decision]').filter({ hasText: title });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('cell').first()).toHaveText('0017');
  });
});

test.describe.serial('architecture decisions, as Thomas (an auditor)', () => {
  const thomasPage = demoUserPageForBlock('auditor');

  test('reads the decision log but may not write a record', async ({
    request,
  }) => {
    const page = thomasPage();
    await openLog(page);
    await screenshots(page, '68-adr-log-auditor');
    const token = await demoUserToken(request, 'thomas-keller');
    const headers = { authorization: `Bearer ${token}` };
    const read = await request.get('/api/adr/decisions?limit=1', { headers });
    expect(read.status()).toBe(200);
    const write = await request.post('/api/adr/records', {
      headers,
      data: {
        entityRef: 'component:default/docs',
        title: 'An auditor writes nothing',
        context: 'Auditors read everything and change nothing.',
        decision: 'Refused.',
      },
    });
    expect(write.status()).toBe(403);
    const refresh = await request.post('/api/adr/refresh', {
      headers,
      data: { entityRef: 'component:default/docs' },
    });
    expect(refresh.status()).toBe(403);
  });
});
