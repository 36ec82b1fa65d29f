import type { Nodes } from 'mdast';

// Children of these are blocks, read one per line.
const BLOCK_PARENTS = new Set([
  'root',
  'blockquote',
  'list',
  'listItem',
  'footnoteDefinition',
  'table',
]);

const TAG = /<\/?[A-Za-z][^<>]*>/g;
// What is left: a tag that never closes (`<img src=x onerror=...`), a
// comment or a declaration loses its `<`, so no markup survives.
const TAG_OPENING = /<(?=[A-Za-z!/?])/g;

/**
 * Removes anything shaped like an HTML tag from text, including
 * tags that character references spelled out (`&lt;script&gt;`), so that
 * titles, summaries and search text never carry markup.
 */
export function stripHtml(text: string): string {
  return text.replace(TAG, ' ').replace(TAG_OPENING, '');
}

/**
 * The words of a node or of a list of block nodes: text, code and image
 * descriptions; raw HTML and front matter dropped; blocks on their own
 * lines. Walks the tree without recursion, so deep trees cannot overflow
 * the stack.
 */
export function plainText(content: Nodes | readonly Nodes[]): string {
  const parts: string[] = [];
  const stack: Array<Nodes | string> = [];
  const pushChildren = (children: readonly Nodes[], separator: string) => {
    for (let index = children.length - 1; index >= 0; index--) {
      stack.push(children[index]);
      if (index > 0 && separator) stack.push(separator);
    }
  };
  if (Array.isArray(content)) pushChildren(content, '\n\n');
  else stack.push(content as Nodes);

  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    switch (item.type) {
      case 'text':
      case 'inlineCode':
      case 'code':
        parts.push(item.value);
        break;
      case 'image':
      case 'imageReference':
        parts.push(item.alt ?? '');
        break;
      case 'break':
        parts.push('\n');
        break;
      default:
        if ('children' in item) {
          let separator = '';
          if (BLOCK_PARENTS.has(item.type)) separator = '\n';
          else if (item.type === 'tableRow') separator = ' ';
          pushChildren(item.children as Nodes[], separator);
        }
      // html, yaml, definitions, breaks and the like carry no words
    }
  }
  return stripHtml(parts.join(''))
    .replace(/\r/g, '')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// Labels without brackets and bounded lengths keep a long run of `[` linear.
const MARKDOWN_LINK = /\[([^[\]\n]{0,300})\]\([^()\n]{0,2000}\)/g;

/** Replaces each markdown link `[label](url)` in a string by its label. */
export function markdownLinkLabels(text: string): string {
  return text.replace(MARKDOWN_LINK, '$1');
}

/** plainText on one line: every run of white space becomes one space. */
export function plainTextLine(content: Nodes | readonly Nodes[]): string {
  return plainText(content).replace(/\s+/g, ' ');
}

/** Shortens text to at most `max` characters at a word boundary, ending with `…`. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
