import { expect, test } from '@playwright/test';

import {
  screenshotDir,
  sidebar,
  signedInPageForBlock,
} from './support/guestSession';
import { wordsNotWholeInCells } from './support/wordsInCells';
import { chartLabelsCutOff } from './support/chartLabels';

/**
 * What an on-call engineer and a tech lead see of SLOs, against the dev
 * stack's real Prometheus and its 30 days of synthetic traffic: svc-wallet
 * burning fast (the 14.4x page fires), svc-giftcard in feature freeze, the
 * others healthy.
 */
test.describe.serial('SLOs and error budgets', () => {
  const page = signedInPageForBlock();

  test("shows svc-ledger's objectives, budgets and burn rates on its SLOs tab", async () => {
    await page().goto('/catalog/default/component/svc-ledger/slos');
    const availability = page().getByRole('heading', {
      name: '99.9 % of requests succeed',
      level: 2,
    });
    await expect(availability).toBeVisible();
    await expect(
      page().getByRole('heading', { name: '99 % of requests under 200 ms' }),
    ).toBeVisible();
    await expect(
      page().getByRole('heading', { name: 'Budget remaining' }).first(),
    ).toBeVisible();
    // About a fifth of the availability budget is spent: 43 min allowed.
    await expect(
      page()
        .getByText(/min of 43 min left/)
        .first(),
    ).toBeVisible();
    await expect(
      page().getByText('Window: rolling 30 days').first(),
    ).toBeVisible();
    await expect(
      page().getByText('Normal', { exact: true }).first(),
    ).toBeVisible();
    const burnRates = page().getByRole('table', { name: 'Burn rates' }).first();
    for (const window of ['5m', '30m', '1h', '2h', '6h', '1d', '3d']) {
      await expect(
        burnRates.getByRole('rowheader', { name: window, exact: true }),
      ).toBeVisible();
    }
    await expect(
      page().getByRole('figure', { name: 'Budget burn-down' }).first(),
    ).toBeVisible();
    await expect(
      page().getByRole('figure', { name: 'SLI over the window' }).first(),
    ).toBeVisible();
    await expect(
      page().getByRole('link', { name: 'Runbook' }).first(),
    ).toBeVisible();
    await page().screenshot({
      path: `${screenshotDir}/40-svc-ledger-slos.png`,
      fullPage: true,
    });
    expect(await wordsNotWholeInCells(page())).toEqual([]);
    // Every axis label of the charts is drawn whole inside its chart
    // ("100.000 %" once lost its first digit at the left edge).
    expect(await chartLabelsCutOff(page())).toEqual([]);
  });

  test('downloads the Prometheus rules generated from the OpenSLO documents', async () => {
    const download = page().waitForEvent('download');
    await page()
      .getByRole('button', { name: 'Download Prometheus rules' })
      .click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('svc-ledger-slo-rules.yaml');
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk));
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text).toContain('name: slo-svc-ledger-availability');
    expect(text).toContain('alert: SloErrorBudgetBurn');
  });

  test('marks the firing page alert of svc-wallet, which is burning fast', async () => {
    await page().goto('/catalog/default/component/svc-wallet/slos');
    const alerts = page()
      .getByRole('table', { name: 'Burn-rate alerts' })
      .first();
    await expect(alerts.getByText('FIRING').first()).toBeVisible();
    await expect(
      page()
        .getByText(/Firing: Page ≥ 14.4×/)
        .first(),
    ).toBeVisible();
    await page().screenshot({
      path: `${screenshotDir}/41-svc-wallet-slos-firing.png`,
      fullPage: true,
    });
    expect(await wordsNotWholeInCells(page())).toEqual([]);
  });

  test('shows the SLO summary card on the overview tab', async () => {
    await page().goto('/catalog/default/component/svc-giftcard');
    const summary = page().getByRole('table', { name: 'SLO summary' });
    await expect(summary).toBeVisible();
    await expect(summary.getByText('Feature freeze').first()).toBeVisible();
  });

  test('lists every objective by budget consumed on the Error budgets page', async () => {
    await sidebar(page()).getByRole('link', { name: 'Error budgets' }).click();
    await expect(page()).toHaveURL(/\/error-budgets/);
    await expect(
      page().getByRole('heading', { name: 'Error budgets', level: 1 }),
    ).toBeVisible();
    const table = page()
      .getByRole('table')
      .filter({ hasText: 'Budget consumed' });
    await expect(table.getByText('Gift Card Service').first()).toBeVisible();
    // Feature freeze first: svc-giftcard has spent about 80 % of its budget.
    const firstRow = table.getByRole('row').nth(1);
    await expect(firstRow).toContainText('Gift Card Service');
    await expect(firstRow).toContainText('Feature freeze');
    await expect(table.getByText('Page 1h').first()).toBeVisible();
    for (const tile of [
      'Normal',
      'Careful deployments',
      'Feature freeze',
      'Emergency',
      'Unknown',
    ]) {
      await expect(page().getByRole('region', { name: tile })).toBeVisible();
    }
    await expect(
      page().getByRole('region', { name: 'Feature freeze' }),
    ).not.toContainText(/^Feature freeze\s*0$/);
    // The demo entity's malformed document is reported, on its own.
    await expect(
      page().getByText(/1 entity has OpenSLO documents with problems/),
    ).toBeVisible();
    await page().screenshot({
      path: `${screenshotDir}/42-error-budgets.png`,
      fullPage: true,
    });
    expect(await wordsNotWholeInCells(page())).toEqual([]);
  });

  test('filters the Error budgets page by owner, kept in the URL', async () => {
    const owner = page().getByLabel('Owner');
    const options = await owner.locator('option').allTextContents();
    const platform = options.find(option => /platform/i.test(option));
    expect(platform).toBeDefined();
    await owner.selectOption({ label: platform! });
    await expect(page()).toHaveURL(/owner=/);
    const table = page()
      .getByRole('table')
      .filter({ hasText: 'Budget consumed' });
    await expect(table.getByText('Gift Card Service')).toHaveCount(0);
    await expect(table.getByRole('row').nth(1)).toBeVisible();
    await page().screenshot({
      path: `${screenshotDir}/43-error-budgets-filtered.png`,
      fullPage: true,
    });
    expect(await wordsNotWholeInCells(page())).toEqual([]);
    await page().getByRole('button', { name: 'Clear filters' }).click();
    await expect(page()).not.toHaveURL(/owner=/);
  });

  test('reports the malformed demo document on its own entity only', async () => {
    await page().goto('/catalog/default/component/svc-demo-broken-slo/slos');
    await expect(
      page().getByText(
        /spec\.objectives\[0\]\.target: must be between 0 and 1/,
      ),
    ).toBeVisible();
    await page().screenshot({
      path: `${screenshotDir}/44-slo-document-problem.png`,
      fullPage: true,
    });
    expect(await wordsNotWholeInCells(page())).toEqual([]);
  });

  test("measures the demo file written in OpenSLO's own style, slice by slice over a calendar week", async () => {
    await page().goto('/catalog/default/component/svc-demo-openslo/slos');
    await expect(
      page().getByRole('heading', {
        name: "99.9 % of each slice's requests succeed, on average",
        level: 2,
      }),
    ).toBeVisible();
    // Read from the SLI document and raw counters: no problem panel.
    await expect(page().getByText(/has problems/)).toHaveCount(0);
    await expect(
      page()
        .getByText(/calendar week since Mon \d+ \w+/)
        .first(),
    ).toBeVisible();
    // The first 15-minute slice of the week ends at 00:15 Paris time; around
    // then, either reading may be on screen (measurements are cached briefly).
    const minutes = minutesIntoParisWeek(new Date());
    const noEventsYet = page()
      .getByText(/No events in the window yet/)
      .first();
    const slices = page().getByText(/time slices in the window$/);
    if (minutes < 14) {
      await expect(noEventsYet).toBeVisible();
    } else if (minutes < 17) {
      await expect(noEventsYet.or(slices)).toBeVisible();
    } else {
      await expect(
        page().getByText(
          /^Window: calendar week since Mon \d+ \w+ \(day\s\d\sof\s7\)$/,
        ),
      ).toBeVisible();
      await expect(slices).toBeVisible();
      await expect(
        page().getByText('Normal', { exact: true }).first(),
      ).toBeVisible();
    }
    for (const width of [1440, 1024]) {
      await page().setViewportSize({ width, height: 900 });
      await page().screenshot({
        path: `${screenshotDir}/46-slo-openslo-style-${width}.png`,
        fullPage: true,
      });
      expect(await wordsNotWholeInCells(page())).toEqual([]);
    }
    await page().setViewportSize({ width: 1440, height: 900 });
  });

  // Last, since it stops the dev stack's Prometheus for the rest of the run.
  test('says when Prometheus is down and shows the last daily snapshot with its age', async ({
    request,
  }) => {
    const quit = await request.post(
      `${
        process.env.DEVSTACK_PROMETHEUS_URL ?? 'http://127.0.0.1:7703'
      }/-/quit`,
    );
    expect(quit.ok()).toBe(true);
    // svc-merchant's tab has not been opened yet, so nothing of it is cached.
    await page().goto('/catalog/default/component/svc-merchant/slos');
    await expect(
      page()
        .getByText(/Prometheus for prod at .* is unreachable/)
        .first(),
    ).toBeVisible();
    const banner = page()
      .getByText(
        /Showing the snapshot of \d{4}-\d{2}-\d{2}, taken (just now|\d+ (seconds?|minutes?) ago)/,
      )
      .first();
    await expect(banner).toBeVisible();
    // The dev stack took it when it started, which may have been on the UTC
    // day before this test runs: the run can cross midnight.
    const day = /snapshot of (\d{4}-\d{2}-\d{2})/.exec(
      (await banner.textContent()) ?? '',
    )![1];
    const now = Date.now();
    const today = new Date(now).toISOString().slice(0, 10);
    const yesterday = new Date(now - 86_400_000).toISOString().slice(0, 10);
    expect([yesterday, today]).toContain(day);
    // The stored snapshots stay visible: the dev stack's is the only one.
    await expect(
      page()
        .getByText(`Only one daily snapshot so far (${day})`, {
          exact: false,
        })
        .first(),
    ).toBeVisible();
    await page().screenshot({
      path: `${screenshotDir}/45-prometheus-down-snapshot.png`,
      fullPage: true,
    });
    expect(await wordsNotWholeInCells(page())).toEqual([]);
  });
});

/** Minutes since Monday 00:00 in Paris, where the demo's calendar week starts. */
function minutesIntoParisWeek(now: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: string) => parts.find(p => p.type === type)!.value;
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(
    part('weekday'),
  );
  return (day * 24 + Number(part('hour'))) * 60 + Number(part('minute'));
}
