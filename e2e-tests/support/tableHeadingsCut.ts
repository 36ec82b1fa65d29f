import { Page } from '@playwright/test';

/**
 * Column headings a reader cannot read whole: heading text that runs past
 * the edge of a box hiding what overflows, with an ellipsis or without
 * ("Lifecy…", "Descr…" in the entity pages' relation tables, once). A
 * heading is short and, unlike a description, has no hover text to fall
 * back on. Each is named with its table's first headings.
 */
export async function tableHeadingsCut(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const range = document.createRange();
    /** Whether the text node's box passes the edge of a clipping box between it and its cell. */
    const clipped = (text: Text, cell: Element) => {
      range.selectNodeContents(text);
      const textBox = range.getBoundingClientRect();
      if (textBox.width === 0) return false;
      for (let e = text.parentElement; e; e = e.parentElement) {
        if (/(hidden|clip)/.test(getComputedStyle(e).overflowX)) {
          const box = e.getBoundingClientRect();
          if (textBox.right > box.right + 1 || textBox.left < box.left - 1) {
            return true;
          }
        }
        if (e === cell) break;
      }
      return false;
    };
    for (const th of Array.from(document.querySelectorAll('th'))) {
      if (th.getBoundingClientRect().width === 0) continue;
      const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
      let cut = false;
      for (
        let node = walker.nextNode();
        node && !cut;
        node = walker.nextNode()
      ) {
        cut =
          (node.textContent ?? '').trim() !== '' && clipped(node as Text, th);
      }
      if (cut) {
        const headings = Array.from(
          th.closest('table')?.querySelectorAll('th') ?? [],
        )
          .slice(0, 3)
          .map(cell => cell.textContent?.trim())
          .filter(Boolean)
          .join(', ');
        found.push(
          `the heading "${th.textContent?.trim()}" (table: ${headings}) is cut off at ${Math.round(
            th.getBoundingClientRect().width,
          )} px`,
        );
      }
    }
    return found;
  });
}
