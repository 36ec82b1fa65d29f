import { Page } from '@playwright/test';

/**
 * Words in table cells that do not read whole, two ways:
 * - split across two lines ("Budg / et left"): table cells break between
 *   words (the app theme), so a word broken inside means its column is
 *   narrower than the word;
 * - cut off at the cell's edge, or at the edge of a box inside it that
 *   hides what overflows ("Engage" of "Engagement Team" in a narrow Owner
 *   column), unless such a box ends the text with an ellipsis on purpose.
 * Pieces of four characters or more are checked, identifiers
 * ("ledger.transactions.v1") for the second way only, as they may break
 * anywhere; a soft hyphen (as in "Not eval-uated") makes two pieces, and is
 * a break the author chose. The second way is checked with `cutOff` only
 * (every page and entity tab in `everyPage.spec.ts`).
 */
export async function wordsNotWholeInCells(
  page: Page,
  options: { cutOff?: boolean } = {},
): Promise<string[]> {
  return page.evaluate(checkCutOff => {
    const found: string[] = [];
    const walker = document.createTreeWalker(
      document.body,
      NodeFilter.SHOW_TEXT,
    );
    const range = document.createRange();
    /**
     * The boxes between the text and its cell (the cell included) that clip
     * it; none when one of them ends its text with an ellipsis, a cut made
     * on purpose (a description kept to one line, whole on hover).
     */
    const clippingBoxes = (from: Element, cell: Element) => {
      const boxes: Element[] = [];
      for (let e: Element | null = from; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (/(hidden|clip)/.test(style.overflowX)) {
          if (style.textOverflow === 'ellipsis') return [];
          boxes.push(e);
        }
        if (e === cell) break;
      }
      return boxes;
    };
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const cell = parent?.closest('th, td');
      if (!parent || !cell) continue;
      const text = node.textContent ?? '';
      const where = () => (cell.textContent ?? '').trim().slice(0, 60);
      // Pieces of text as whitespace separates them. An identifier (a path,
      // an entity reference) longer than its column may break anywhere, so
      // only plain words are checked for splits; both are checked for being
      // cut off.
      for (const token of text.matchAll(/\S+/g)) {
        const plainWord = /^\(?(\p{L}{4,})[.,;:!?)]*$/u.exec(token[0])?.[1];
        const word = plainWord ?? (token[0].length >= 4 ? token[0] : undefined);
        if (!word) continue;
        const start = token.index! + token[0].indexOf(word);
        range.setStart(node, start);
        range.setEnd(node, start + word.length);
        const rects = Array.from(range.getClientRects()).filter(
          rect => rect.width > 0,
        );
        const lines = new Set(rects.map(rect => Math.round(rect.top)));
        if (plainWord && lines.size > 1) {
          found.push(`"${word}" is split across lines in "${where()}"`);
        } else if (checkCutOff && rects.length > 0) {
          const right = Math.max(...rects.map(rect => rect.right));
          const top = rects[0].top;
          const edges = clippingBoxes(parent, cell).map(box =>
            box.getBoundingClientRect(),
          );
          // A word a box hides whole (on a line below its bottom, as the
          // tier badge hides its name) is hidden on purpose.
          const hidden = edges.some(edge => top >= edge.bottom - 0.5);
          const cut = !hidden && edges.some(edge => right > edge.right + 0.5);
          if (cut) {
            found.push(
              `"${word}" is cut off at its cell's edge in "${where()}"`,
            );
          }
        }
        if (found.length >= 5) return found;
      }
    }
    return found;
  }, options.cutOff ?? false);
}
