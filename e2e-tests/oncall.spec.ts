import { expect, Page, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import { parse } from 'yaml';

import { demoUserPageForBlock } from './support/demoUserSession';
import { screenshotDir } from './support/guestSession';
import { wordsNotWholeInCells } from './support/wordsInCells';

/** The demo people of the rotation, as catalog/org/users.yaml names them. */
const DISPLAY_NAMES: Record<string, string> = {
  'user:default/alice': 'Alice Martin',
  'user:default/bob': 'Bob Dupont',
  'user:default/charlie': 'Charlie Nguyen',
  'user:default/diana': 'Diana Rossi',
  'user:default/eve': 'Eve Laurent',
};

interface Layer {
  role: 'primary' | 'secondary';
  start: string;
  members: string[];
}

/**
 * Who the rotation file says holds each role at `at`, worked out here from
 * the file itself (weekly turns from the layer's start, in its time zone),
 * not asked of the portal.
 */
function holdersFromRotationFile(at: DateTime, weeksLater = 0) {
  const file = path.resolve(
    __dirname,
    '../catalog/org/oncall/localplus-weekly.yaml',
  );
  const { spec } = parse(fs.readFileSync(file, 'utf8'));
  const holder = (role: Layer['role']) => {
    const layer = (spec.layers as Layer[]).find(l => l.role === role)!;
    const start = DateTime.fromISO(layer.start, { zone: spec.timeZone });
    const turn =
      Math.floor(at.setZone(spec.timeZone).diff(start, 'weeks').weeks) +
      weeksLater;
    const member = layer.members[turn % layer.members.length];
    return DISPLAY_NAMES[`user:default/${member}`];
  };
  return { primary: holder('primary'), secondary: holder('secondary') };
}

async function openLedgerOnCallCard(page: Page) {
  const card = page
    .locator('article, .MuiCard-root')
    .filter({ has: page.getByRole('heading', { name: 'On call' }) })
    .first();
  // Right after startup the catalog is still being read: the backend reads
  // the rotations again once there are some to read.
  await expect(async () => {
    await page.goto('/catalog/default/component/svc-ledger');
    await expect(card.getByTestId('oncall-card-primary')).toBeVisible({
      timeout: 10_000,
    });
  }).toPass({ timeout: 90_000 });
  return card;
}

test.describe.serial('on call, as Alice (a member of the rotation)', () => {
  const alicePage = demoUserPageForBlock('on-call');

  test("svc-ledger's On call card names this week's primary and secondary from the rotation file", async () => {
    const page = alicePage();
    const expected = holdersFromRotationFile(DateTime.now());
    const card = await openLedgerOnCallCard(page);
    await expect(card.getByTestId('oncall-card-primary')).toHaveText(
      expected.primary,
    );
    await expect(card.getByTestId('oncall-card-secondary')).toHaveText(
      expected.secondary,
    );
    await expect(card.getByText(/after 15 min/)).toBeVisible();
    for (const width of [1440, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({
        path: `${screenshotDir}/60-oncall-card-${width}.png`,
        fullPage: true,
      });
      expect(await wordsNotWholeInCells(page)).toEqual([]);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  test('a swap of next week with the week after next but one, made on the On call tab, changes who comes next', async () => {
    const page = alicePage();
    const now = DateTime.now();
    const next = holdersFromRotationFile(now, 1);
    const later = holdersFromRotationFile(now, 3);

    await page.goto('/catalog/default/component/svc-ledger/oncall');
    await page.getByRole('button', { name: 'Month' }).click();
    const swap = page.getByRole('form', { name: 'Swap' });
    await swap.getByLabel('Role').selectOption('primary');
    const first = swap.getByLabel('First shift');
    // The form offers the shifts of the next 8 weeks, the week under way
    // excepted (it cannot be swapped any more).
    await expect(first.locator('option').nth(3)).toBeAttached();
    // Weeks k+1 and k+3: with five people and the secondary one turn ahead,
    // neither holder becomes secondary and primary at once.
    await first.selectOption({ index: 1 });
    await swap.getByLabel('Second shift').selectOption({ index: 3 });
    await swap.getByLabel(/Reason/).fill('e2e: trading weeks');
    await page.screenshot({
      path: `${screenshotDir}/61-oncall-tab-swap-1440.png`,
      fullPage: true,
    });
    expect(await wordsNotWholeInCells(page)).toEqual([]);
    await swap.getByRole('button', { name: 'Swap shifts' }).click();
    await expect(swap.getByText('The two shifts were swapped.')).toBeVisible();

    const card = await openLedgerOnCallCard(page);
    // The card's next handoff now hands primary to the later week's holder.
    await expect(card.getByText(`${later.primary} primary`)).toBeVisible();
    expect(later.primary).not.toBe(next.primary);

    await page.setViewportSize({ width: 1024, height: 900 });
    await page.goto('/catalog/default/component/svc-ledger/oncall');
    await expect(page.getByRole('form', { name: 'Swap' })).toBeVisible();
    await page.screenshot({
      path: `${screenshotDir}/61-oncall-tab-1024.png`,
      fullPage: true,
    });
    expect(await wordsNotWholeInCells(page)).toEqual([]);
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  test("a page fired by the dev stack's Prometheus appears, is acknowledged, and counts in the fairness report", async () => {
    const page = alicePage();
    await page.goto('/oncall/pages');
    const table = page.getByRole('table', { name: 'Pages' });
    // Alertmanager delivers svc-wallet's burn-rate alert once the backend
    // answers (it retries at each group interval, 30 s).
    const acknowledge = table.getByRole('button', { name: 'Acknowledge' });
    await expect(async () => {
      await page.reload();
      await expect(acknowledge.first()).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 120_000 });
    await expect(table.getByText('svc-wallet').first()).toBeVisible();
    await page.screenshot({
      path: `${screenshotDir}/62-oncall-pages-1440.png`,
      fullPage: true,
    });
    expect(await wordsNotWholeInCells(page)).toEqual([]);
    const pagesBefore = await acknowledge.count();
    await acknowledge.first().click();
    await expect(acknowledge).toHaveCount(pagesBefore - 1);
    await expect(table.getByText(/Acknowledged by Alice Martin/)).toBeVisible();

    const report = page.getByRole('table', {
      name: 'On-call load per person',
    });
    const holder = holdersFromRotationFile(DateTime.now()).primary;
    const row = report.getByRole('row').filter({ hasText: holder });
    // Pages received by whoever was primary when the alert fired: at least
    // the one just acknowledged. A page that came in before the rotations
    // were read is given its rotation by the next escalation run (1 min).
    await expect(async () => {
      await page.goto('/oncall/fairness');
      await expect(row).toBeVisible({ timeout: 10_000 });
      const cells = await row.getByRole('cell').allInnerTexts();
      const headers = await report
        .getByRole('row')
        .nth(1)
        .getByRole('columnheader')
        .allInnerTexts();
      // The second header row names the columns under Hours, Pages and
      // Compensation; the pages received are the "All" column under Pages.
      const pagesColumn = headers.findIndex(h => h.trim() === 'All');
      expect(pagesColumn).toBeGreaterThan(-1);
      expect(Number(cells[pagesColumn])).toBeGreaterThanOrEqual(1);
    }).toPass({ timeout: 150_000 });
    for (const width of [1440, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({
        path: `${screenshotDir}/63-oncall-fairness-${width}.png`,
        fullPage: true,
      });
      expect(await wordsNotWholeInCells(page)).toEqual([]);
    }
    // At 1024 px the table scrolls sideways under the Person column, which
    // stays where it was: the compensation figures come into view beside
    // the names.
    const scroller = report.locator('xpath=..');
    const person = report.getByRole('rowheader').first();
    const before = (await person.boundingBox())!;
    await scroller.evaluate(box => {
      box.scrollLeft = box.scrollWidth;
    });
    expect(await scroller.evaluate(box => box.scrollLeft)).toBeGreaterThan(0);
    const after = (await person.boundingBox())!;
    expect(Math.round(after.x)).toBe(Math.round(before.x));
    const lastFigure = row.getByRole('cell').last();
    const lastBox = (await lastFigure.boundingBox())!;
    const scrollerBox = (await scroller.boundingBox())!;
    expect(lastBox.x + lastBox.width).toBeLessThanOrEqual(
      scrollerBox.x + scrollerBox.width + 1,
    );
    await page.screenshot({
      path: `${screenshotDir}/63-oncall-fairness-1024-scrolled.png`,
      fullPage: true,
    });
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  test('the On call page shows every rotation now and the coverage gaps', async () => {
    const page = alicePage();
    await page.goto('/oncall/now');
    await expect(
      page.getByText('LOCAL-PLUS weekly on-call').first(),
    ).toBeVisible();
    await page.screenshot({
      path: `${screenshotDir}/64-oncall-now-1440.png`,
      fullPage: true,
    });
    expect(await wordsNotWholeInCells(page)).toEqual([]);
    await page.goto('/oncall/coverage');
    await expect(page.getByText(/no primary/i).first()).toBeVisible();
    for (const width of [1440, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({
        path: `${screenshotDir}/65-oncall-coverage-${width}.png`,
        fullPage: true,
      });
      expect(await wordsNotWholeInCells(page)).toEqual([]);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  });
});

test.describe
  .serial('on call, as Thomas (an auditor, not of the rotation)', () => {
  const auditorPage = demoUserPageForBlock('auditor');

  test("svc-ledger's On call tab shows him the schedule and says why he cannot change it", async () => {
    const page = auditorPage();
    await page.goto('/catalog/default/component/svc-ledger/oncall');
    await expect(
      page.getByRole('table', { name: /^On-call schedule/ }).first(),
    ).toBeVisible({ timeout: 30_000 });
    await expect(
      page.getByText(
        'Only members of this rotation and leads of the groups it covers can override or swap shifts.',
      ),
    ).toBeVisible();
    await expect(page.getByRole('form', { name: 'Override' })).toHaveCount(0);
    await expect(page.getByRole('form', { name: 'Swap' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
    for (const width of [1440, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({
        path: `${screenshotDir}/69-oncall-tab-auditor-${width}.png`,
        fullPage: true,
      });
      expect(await wordsNotWholeInCells(page)).toEqual([]);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  });
});

for (const persona of ['developer', 'tech-lead'] as const) {
  test.describe
    .serial(`on call, as the ${persona} (a lead of a team the rotation covers)`, () => {
    const leadPage = demoUserPageForBlock(persona);

    test("svc-ledger's On call tab offers the override and swap forms", async () => {
      const page = leadPage();
      await page.goto('/catalog/default/component/svc-ledger/oncall');
      await expect(page.getByRole('form', { name: 'Override' })).toBeVisible({
        timeout: 30_000,
      });
      await expect(page.getByRole('form', { name: 'Swap' })).toBeVisible();
      for (const width of [1440, 1024]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({
          path: `${screenshotDir}/69-oncall-tab-${persona}-${width}.png`,
          fullPage: true,
        });
        expect(await wordsNotWholeInCells(page)).toEqual([]);
      }
      await page.setViewportSize({ width: 1440, height: 900 });
    });
  });
}
