import { Page } from '@playwright/test';

/**
 * Words split across two lines inside a table cell ("Budg / et left"):
 * table cells break between words (the app theme), so a word broken inside
 * means its column is narrower than the word. Only plain words of four
 * letters or more are checked; a soft hyphen (as in "Not eval-uated") makes
 * two pieces, and is a break the author chose.
 */
export async function wordsBrokenAcrossLines(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(
      document.body,
      NodeFilter.SHOW_TEXT,
    );
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const cell = node.parentElement?.closest('th, td');
      if (!cell) continue;
      const text = node.textContent ?? '';
      // Plain words only, as whitespace separates them: an identifier (a
      // path, an entity reference) longer than its column may still break
      // anywhere rather than overflow.
      for (const token of text.matchAll(/\S+/g)) {
        const word = /^\(?(\p{L}{4,})[.,;:!?)]*$/u.exec(token[0])?.[1];
        if (!word) continue;
        const start = token.index! + token[0].indexOf(word);
        range.setStart(node, start);
        range.setEnd(node, start + word.length);
        const lines = new Set(
          Array.from(range.getClientRects())
            .filter(rect => rect.width > 0)
            .map(rect => Math.round(rect.top)),
        );
        if (lines.size > 1) {
          const where = (cell.textContent ?? '').trim().slice(0, 60);
          found.push(`"${word}" is split across lines in "${where}"`);
          if (found.length >= 5) return found;
        }
      }
    }
    return found;
  });
}
