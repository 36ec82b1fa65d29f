import { expect, test } from '@playwright/test';

import { screenshotDir, signedInPageForBlock } from './support/guestSession';
import { wordsNotWholeInCells } from './support/wordsInCells';

/**
 * What an on-call engineer opens for svc-ledger: its Kubernetes workloads on
 * the three clusters and its Argo CD applications, both served by the dev
 * stack's simulators, and the platform documentation.
 */
test.describe.serial('svc-ledger operations views', () => {
  const page = signedInPageForBlock();

  test('shows the Argo CD applications of every environment on the overview', async () => {
    await page().goto('/catalog/default/component/svc-ledger');
    for (const app of [
      'svc-ledger-dev',
      'svc-ledger-staging',
      'svc-ledger-prod',
    ]) {
      await expect(page().getByText(app).first()).toBeVisible();
    }
    await expect(page().getByText('Synced').first()).toBeVisible();
    await expect(page().getByText('Healthy').first()).toBeVisible();
    // The history gives each deployment's duration, never a negative one
    // (Roadie's card subtracted the end from the start: patched in
    // .yarn/patches/).
    const durations = page().getByText(/^Took /);
    await expect(durations.first()).toBeVisible();
    const tookTexts = await durations.allInnerTexts();
    expect(tookTexts.length).toBeGreaterThan(0);
    for (const took of tookTexts) {
      expect(took).toMatch(/^Took \d\d:\d\d:\d\d$/);
    }
    await page().screenshot({
      path: `${screenshotDir}/30-svc-ledger-argocd.png`,
      fullPage: true,
    });
    expect(await wordsNotWholeInCells(page())).toEqual([]);
  });

  test('lists every deployment Argo CD keeps on the ArgoCD tab, every column in view', async ({
    request,
  }) => {
    // What the dev stack's Argo CD holds for the three applications.
    let deployments = 0;
    for (const app of [
      'svc-ledger-dev',
      'svc-ledger-staging',
      'svc-ledger-prod',
    ]) {
      const response = await request.get(
        `http://127.0.0.1:7702/api/v1/applications/${app}`,
        {
          headers: {
            Authorization: 'Bearer localplus-devstack-argocd-token',
          },
        },
      );
      expect(response.ok()).toBe(true);
      deployments += (await response.json()).status.history.length;
    }
    expect(deployments).toBeGreaterThan(3);

    await page().goto('/catalog/default/component/svc-ledger/argocd');
    // The package leaves each application's oldest deployment out unless
    // argocd.revisionsToLoad is set (app-config.yaml).
    // (The table's pagination draws its caption twice, one hidden.)
    await expect(
      page()
        .getByText(new RegExp(`^1-5 of ${deployments}$`))
        .locator('visible=true'),
    ).toBeVisible();
    // The table fits its card: the Revision column, last, ends inside it.
    const revision = page().getByRole('columnheader', { name: 'Revision' });
    const card = page()
      .getByRole('heading', { name: 'ArgoCD history' })
      .locator('xpath=ancestor::div[contains(@class,"MuiPaper-root")][1]');
    const [revisionBox, cardBox] = await Promise.all([
      revision.boundingBox(),
      card.boundingBox(),
    ]);
    expect(revisionBox!.x + revisionBox!.width).toBeLessThanOrEqual(
      cardBox!.x + cardBox!.width + 1,
    );
    expect(await wordsNotWholeInCells(page(), { cutOff: true })).toEqual([]);
  });

  test('shows the pods of svc-ledger per cluster on the Kubernetes tab', async () => {
    await page().goto('/catalog/default/component/svc-ledger/kubernetes');
    for (const cluster of ['eks-dev', 'eks-staging', 'eks-prod']) {
      await expect(page().getByText(cluster).first()).toBeVisible();
    }
    await expect(
      page()
        .getByText(/10 pods/i)
        .first(),
    ).toBeVisible();
    await page().screenshot({
      path: `${screenshotDir}/31-svc-ledger-kubernetes.png`,
      fullPage: true,
    });
    expect(await wordsNotWholeInCells(page())).toEqual([]);
  });

  test('reads only the object types the platform deploys from each cluster', async ({
    request,
  }) => {
    // A fault that only delays (1 ms) counts the requests it matches: what
    // is left of its uses says how many the Kubernetes tab sent. A service
    // no earlier test opened: views of one service within 5 s share the
    // backend's fetches (kubernetes-backend-module-shared-fetches), so a
    // second look at svc-ledger could send nothing at all.
    const faults = 'http://127.0.0.1:7701/__devstack/faults';
    const headers = {
      Authorization: 'Bearer localplus-devstack-kubernetes-token',
    };
    const USES = 1000;
    const counted = {
      pods: '/api/v1/pods',
      deployments: '/apis/apps/v1/deployments',
      cronjobs: '/apis/batch/v1/cronjobs',
      limitranges: '/api/v1/limitranges',
      resourcequotas: '/api/v1/resourcequotas',
      ingresses: '/apis/networking.k8s.io/v1/ingresses',
      statefulsets: '/apis/apps/v1/statefulsets',
      daemonsets: '/apis/apps/v1/daemonsets',
    };
    const ids = new Map<string, string>();
    try {
      for (const [type, pathPrefix] of Object.entries(counted)) {
        const added = await request.post(faults, {
          headers,
          data: { target: 'eks-dev', pathPrefix, delayMs: 1, times: USES },
        });
        expect(added.ok()).toBe(true);
        ids.set(type, (await added.json()).id);
      }
      await page().goto('/catalog/default/component/svc-merchant/kubernetes');
      await expect(page().getByText('eks-dev').first()).toBeVisible();
      await expect(
        page()
          .getByText(/\d+ pods?$/i)
          .first(),
      ).toBeVisible();
      const listed = await request.get(faults, { headers });
      const left = new Map<string, number>(
        (
          (await listed.json()) as {
            faults: Array<{ id: string; remaining: number }>;
          }
        ).faults.map(fault => [fault.id, fault.remaining]),
      );
      const requests = (type: string) => USES - left.get(ids.get(type)!)!;
      for (const type of ['pods', 'deployments', 'cronjobs']) {
        expect(requests(type), type).toBeGreaterThan(0);
      }
      for (const type of [
        'limitranges',
        'resourcequotas',
        'ingresses',
        'statefulsets',
        'daemonsets',
      ]) {
        expect(requests(type), type).toBe(0);
      }
    } finally {
      await request.delete(faults, { headers });
    }
  });

  test('shows the crash-looping pod of svc-wallet in staging', async () => {
    await page().goto('/catalog/default/component/svc-wallet/kubernetes');
    await expect(
      page()
        .getByText(/back-off .* restarting failed container=svc-wallet/)
        .first(),
    ).toBeVisible();
    await expect(
      page()
        .getByText(/container=svc-wallet restarted \d+ times/)
        .first(),
    ).toBeVisible();
    await page().screenshot({
      path: `${screenshotDir}/32-svc-wallet-kubernetes-error.png`,
      fullPage: true,
    });
    expect(await wordsNotWholeInCells(page())).toEqual([]);
  });

  test('shows a failing cluster as an error, and the others as usual', async ({
    request,
  }) => {
    const faults = 'http://127.0.0.1:7701/__devstack/faults';
    const headers = {
      Authorization: 'Bearer localplus-devstack-kubernetes-token',
    };
    const added = await request.post(faults, {
      headers,
      data: { target: 'eks-staging', status: 500 },
    });
    expect(added.ok()).toBe(true);
    try {
      // The first answer may still be the fetch an earlier view of
      // svc-ledger shared (5 s at most); the tab asks again every 10 s,
      // and a failing cluster shows at the next answer.
      await page().goto('/catalog/default/component/svc-ledger/kubernetes');
      const warning = page().getByText(
        'There was a problem retrieving Kubernetes objects',
      );
      await expect(warning).toBeVisible();
      await warning.click();
      await expect(
        page().locator('text=/eks-staging/ >> visible=true').first(),
      ).toBeVisible();
      await expect(
        page().locator('text=/500/ >> visible=true').first(),
      ).toBeVisible();
      await expect(page().getByText('10 pods').first()).toBeVisible();
      await page().screenshot({
        path: `${screenshotDir}/35-kubernetes-cluster-error.png`,
        fullPage: true,
      });
      expect(await wordsNotWholeInCells(page())).toEqual([]);
    } finally {
      await request.delete(faults, { headers });
    }
  });

  test('renders the svc-ledger documentation on its Docs tab', async () => {
    await page().goto('/catalog/default/component/svc-ledger/docs');
    await expect(
      page()
        .getByRole('heading', { name: /svc-ledger/ })
        .first(),
    ).toBeVisible({ timeout: 90_000 });
    await expect(
      page()
        .getByText(/Runbook/)
        .first(),
    ).toBeVisible();
    await page().screenshot({
      path: `${screenshotDir}/34-svc-ledger-docs.png`,
      fullPage: true,
    });
    expect(await wordsNotWholeInCells(page())).toEqual([]);
  });

  test('renders the platform runbooks in TechDocs', async () => {
    await page().goto(
      '/docs/default/component/docs/runbooks/database-failover/',
    );
    await expect(
      page()
        .getByRole('heading', { name: /Runbook: PostgreSQL database failover/ })
        .first(),
    ).toBeVisible({
      timeout: 90_000,
    });
    await page().screenshot({
      path: `${screenshotDir}/33-platform-runbook.png`,
      fullPage: true,
    });
    expect(await wordsNotWholeInCells(page())).toEqual([]);
  });

  test('finds a runbook by its title in the portal search', async () => {
    // The dev config builds the bundled TechDocs after startup and indexes them.
    await expect(async () => {
      await page().goto('/search?query=PostgreSQL%20database%20failover');
      await expect(
        page()
          .getByRole('link', { name: /Runbook: PostgreSQL database failover/ })
          .first(),
      ).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 120_000, intervals: [5_000] });
    await page().screenshot({
      path: `${screenshotDir}/36-search-runbook.png`,
      fullPage: true,
    });
    expect(await wordsNotWholeInCells(page())).toEqual([]);
  });
});
