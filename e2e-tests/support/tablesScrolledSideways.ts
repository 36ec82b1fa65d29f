import { Page } from '@playwright/test';

/**
 * Tables wider than the box that scrolls them: their last columns sit out of
 * sight until the reader scrolls sideways (the Error budgets table's State
 * and Firing alerts at 1024 px, once). Each is named by its first column
 * headings.
 */
export async function tablesScrolledSideways(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const table of Array.from(document.querySelectorAll('table'))) {
      if (table.getBoundingClientRect().width === 0) continue;
      let box: Element | null = table.parentElement;
      while (box && !/(auto|scroll)/.test(getComputedStyle(box).overflowX)) {
        box = box.parentElement;
      }
      if (!box || box === document.documentElement || box === document.body) {
        continue;
      }
      if (box.scrollWidth > box.clientWidth + 1) {
        const headings = Array.from(table.querySelectorAll('th'))
          .slice(0, 3)
          .map(th => th.textContent?.trim())
          .filter(Boolean)
          .join(', ');
        found.push(
          `the table (${headings || 'no headings'}) is ${
            box.scrollWidth
          } px wide in a ${box.clientWidth} px box that scrolls sideways`,
        );
      }
    }
    return found;
  });
}
