import { screen } from '@testing-library/react';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { argoCdApiRef } from './api/argoCdApiRef';
import {
  ArgoCdHistoryCard,
  HISTORY_COLUMN_WIDTHS,
} from './components/ArgoCdHistoryCard';
import {
  argoCdApi,
  argoCdEntityContent,
  argoCdOverviewEntityCard,
  argoCdPlugin,
} from './plugin';

const withoutArgoCd = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'svc-ledger' },
};

const withArgoCd = {
  ...withoutArgoCd,
  metadata: {
    name: 'svc-ledger',
    annotations: { 'argocd/app-name': 'svc-ledger-dev' },
  },
};

/**
 * The values stylesheet rules give an element's property. The history
 * table's own style attributes set its layout and its column widths; the
 * card's rules, marked important, win in a browser. jsdom applies neither
 * that precedence nor keeps the mark, so the rules' values are read.
 */
function ruleValues(element: Element, property: string): string[] {
  return Array.from(document.styleSheets)
    .flatMap(sheet => Array.from(sheet.cssRules))
    .filter(
      (rule): rule is CSSStyleRule =>
        rule instanceof CSSStyleRule &&
        rule.style.getPropertyValue(property) !== '' &&
        element.matches(rule.selectorText),
    )
    .map(rule => rule.style.getPropertyValue(property));
}

describe('the argocd plugin', () => {
  it('keeps the extension ids of the package it wraps', () => {
    expect(argoCdPlugin.id).toBe('argocd');
    for (const id of [
      'api:argocd',
      'entity-content:argocd/ArgoCdPage',
      'entity-card:argocd/overviewCard',
      'entity-card:argocd/historyCard',
    ]) {
      expect(argoCdPlugin.getExtension(id as never)).toBeDefined();
    }
  });

  it('registers its client under the id the package looks it up by', () => {
    expect(argoCdApiRef.id).toBe('plugin.argocd.service');
    expect(createExtensionTester(argoCdApi)).toBeDefined();
  });

  it('mounts the ArgoCD tab at /argocd', () => {
    const tab = createExtensionTester(argoCdEntityContent);
    expect(tab.get(EntityContentBlueprint.dataRefs.title)).toBe('ArgoCD');
    expect(tab.get(coreExtensionData.routePath)).toBe('/argocd');
  });

  it('names the missing annotation on an entity without Argo CD', async () => {
    const content = createExtensionTester(argoCdEntityContent).reactElement();
    await renderInTestApp(
      <EntityProvider entity={withoutArgoCd}>{content}</EntityProvider>,
    );
    expect(
      (await screen.findAllByText(/argocd\/app-name/)).length,
    ).toBeGreaterThan(0);
  });

  it('asks the lazily loaded client for the entity application', async () => {
    const getAppDetails = jest.fn(async () => {
      throw new Error('Argo CD is not reachable');
    });
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: withArgoCd }),
        argoCdOverviewEntityCard,
      ],
      apis: [[argoCdApiRef, { getAppDetails } as never]],
    });
    expect(
      await screen.findByText(/Argo CD is not reachable/),
    ).toBeInTheDocument();
    expect(getAppDetails).toHaveBeenCalledWith(
      expect.objectContaining({ appName: 'svc-ledger-dev' }),
    );
  });

  it('fits the history table to its card, Author and Revision breaking rather than widening it', async () => {
    const revision = '8cc08645989efc6a9ab6cdc9ee301b1aa0c3214c';
    const getAppDetails = jest.fn(async () => ({
      metadata: { name: 'svc-ledger-dev', namespace: 'argocd' },
      status: {
        // The package leaves the oldest entry out unless
        // argocd.revisionsToLoad is set.
        history: [
          { id: 1, revision: 'f9c7f8a', deployedAt: '2026-12-04T08:19:58Z' },
          { id: 2, revision, deployedAt: '2026-12-05T11:13:03Z' },
        ],
      },
    }));
    const getRevisionDetails = jest.fn(async () => ({
      author: 'Charlie Nguyen <charlie.nguyen@localplus.example>',
      message: 'fix(ledger): retry Kafka publish after a broker failover',
      date: '2026-12-05T11:11:25Z',
    }));
    await renderInTestApp(
      <EntityProvider entity={withArgoCd}>
        <ArgoCdHistoryCard />
      </EntityProvider>,
      {
        apis: [[argoCdApiRef, { getAppDetails, getRevisionDetails } as never]],
      },
    );

    const author = await screen.findByText(
      'Charlie Nguyen <charlie.nguyen@localplus.example>',
      undefined,
      { timeout: 5000 },
    );
    expect(screen.getByText(revision)).toBeInTheDocument();
    expect(getRevisionDetails).toHaveBeenCalledWith(
      expect.objectContaining({ revisionID: revision }),
    );
    const table = author.closest('table')!;
    expect(table.style.tableLayout).toBe('auto');
    const layouts = ruleValues(table, 'table-layout');
    expect(layouts).toEqual(['fixed']);

    // Each heading takes its share, in the package's column order (one
    // instance configured: no Instance column).
    const headings = Array.from(table.querySelectorAll('th'));
    expect(headings.map(th => th.textContent?.trim().toLowerCase())).toEqual(
      HISTORY_COLUMN_WIDTHS.oneInstance.map(({ heading }) =>
        heading.toLowerCase(),
      ),
    );
    // The package sets each heading's width in its style attribute too.
    expect(headings.map(th => ruleValues(th, 'width'))).toEqual(
      HISTORY_COLUMN_WIDTHS.oneInstance.map(({ width }) => [width]),
    );
    // The revision keeps one line, its end cut.
    const revisionCell = getComputedStyle(
      screen.getByText(revision).closest('td')!,
    );
    expect(revisionCell.whiteSpace).toBe('nowrap');
    expect(revisionCell.textOverflow).toBe('ellipsis');
  });
});
