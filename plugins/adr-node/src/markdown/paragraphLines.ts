import type { Paragraph, PhrasingContent } from 'mdast';

/**
 * A paragraph split at its line breaks (soft, inside its text, and hard),
 * each line as a paragraph of its own with its inline markup and links
 * kept. Inline elements that span a break (rare: `**a\nb**`) stay whole on
 * the line they start.
 */
export function paragraphLines(paragraph: Paragraph): Paragraph[] {
  const lines: PhrasingContent[][] = [[]];
  for (const child of paragraph.children) {
    if (child.type === 'break') {
      lines.push([]);
    } else if (child.type === 'text' && child.value.includes('\n')) {
      child.value.split('\n').forEach((piece, index) => {
        if (index > 0) lines.push([]);
        if (piece) lines[lines.length - 1].push({ type: 'text', value: piece });
      });
    } else {
      lines[lines.length - 1].push(child);
    }
  }
  return lines
    .filter(line => line.length > 0)
    .map(children => ({ type: 'paragraph', children }));
}
