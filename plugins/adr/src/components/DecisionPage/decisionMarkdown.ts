import type { Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { LinkContext, resolveHref, resolveImageSrc } from './resolveHref';

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkStringify);

/** Containers whose children are blocks: a loose text node there must become a paragraph. */
const BLOCK_PARENTS = new Set([
  'root',
  'blockquote',
  'listItem',
  'footnoteDefinition',
]);

function textNode(value: string): PhrasingContent {
  return { type: 'text', value };
}

/** What replaces one node of the body: itself (made safe), other nodes, or nothing. */
function rewrite(node: Nodes, parent: Parents, context: LinkContext): Nodes[] {
  switch (node.type) {
    case 'html': {
      // Comments are the templates' guidance to authors, not content.
      if (/^\s*<!--/.test(node.value)) {
        return [];
      }
      // Any other HTML is shown as code, the characters it is, never as markup.
      return BLOCK_PARENTS.has(parent.type)
        ? [{ type: 'code', value: node.value }]
        : [{ type: 'inlineCode', value: node.value }];
    }
    case 'link': {
      const href = resolveHref(node.url, context);
      rewriteChildren(node, context);
      return href ? [{ ...node, url: href }] : node.children;
    }
    case 'definition':
      return [{ ...node, url: resolveHref(node.url, context) ?? '' }];
    case 'image': {
      const src = resolveImageSrc(node.url, context);
      if (src) {
        return [{ ...node, url: src }];
      }
      return node.alt ? [textNode(`[${node.alt}]`)] : [];
    }
    case 'imageReference':
      // Its definition may point anywhere; the alt text says what it showed.
      return node.alt ? [textNode(`[${node.alt}]`)] : [];
    default:
      if ('children' in node) {
        rewriteChildren(node, context);
      }
      return [node];
  }
}

function rewriteChildren(parent: Parents, context: LinkContext) {
  const children = (parent.children as Nodes[]).flatMap(child =>
    rewrite(child, parent, context),
  );
  parent.children = children as typeof parent.children;
}

/**
 * A record's markdown made safe to render and useful in the portal: raw
 * HTML becomes visible text (comments are dropped), links to script or data
 * URLs and unreachable paths keep only their text, images load from the web
 * only, and links to sibling decision files lead to those decisions' pages.
 * GitHub-flavoured markdown (tables, task lists, strikethrough) is kept.
 */
export function prepareDecisionMarkdown(
  body: string,
  context: LinkContext,
): string {
  const tree = markdown.parse(body) as Root;
  rewriteChildren(tree, context);
  return markdown.stringify(tree as Root & { children: RootContent[] });
}
