import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../docs/__testUtils__/contentModel';

/** Where the portal serves the TechDocs of the `docs` component (mkdocs.yml at the repository root). */
const DOCS_SITE_PATH = '/docs/default/component/docs/';

/**
 * The same pages at the production portal's address, which the catalog's
 * links use: the catalog collector accepts an http(s) URL or a path
 * relative to the entity's file, not a path of the portal.
 */
export const PORTAL_URL = 'https://backstage.localplus.example';

/**
 * The anchors of a markdown page as mkdocs' toc extension writes them: an
 * explicit `{#id}` (attr_list), else the heading text in lower case, with
 * everything but letters, digits, spaces and dashes dropped and spaces
 * turned into dashes.
 */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const heading = inFence ? null : /^#{1,6}\s+(.+?)\s*$/.exec(line);
    if (!heading) continue;
    const explicit = /\{#([\w-]+)\}\s*$/.exec(heading[1]);
    if (explicit) {
      anchors.add(explicit[1]);
      continue;
    }
    anchors.add(
      heading[1]
        .replace(/`/g, '')
        .toLowerCase()
        .replace(/[^\w\s-]/g, '')
        .trim()
        .replace(/[\s]+/g, '-'),
    );
  }
  return anchors;
}

/**
 * Whether a portal path like `/docs/default/component/docs/compliance/gdpr/#right-to-erasure`
 * (or the same at {@link PORTAL_URL}) leads to a page of the platform
 * documentation and a section of it. Returns the problem, or undefined when
 * it does.
 */
export function docsLinkProblem(link: string): string | undefined {
  const sitePath = link.startsWith(PORTAL_URL)
    ? link.slice(PORTAL_URL.length)
    : link;
  if (!sitePath.startsWith(DOCS_SITE_PATH)) {
    return `${link}: not a page of the platform documentation (${DOCS_SITE_PATH}...)`;
  }
  const [pagePath, anchor] = sitePath.slice(DOCS_SITE_PATH.length).split('#');
  if (!/^[a-z0-9-]+(\/[a-z0-9-]+)*\/$/.test(pagePath)) {
    return `${link}: the page path must be lower-case words ending with a slash`;
  }
  const base = path.join(repoRoot, 'docs', pagePath.slice(0, -1));
  const file = [`${base}.md`, path.join(base, 'index.md')].find(candidate =>
    fs.existsSync(candidate),
  );
  if (!file) return `${link}: docs/${pagePath.slice(0, -1)}.md does not exist`;
  if (anchor && !headingAnchors(fs.readFileSync(file, 'utf8')).has(anchor)) {
    return `${link}: ${path.relative(
      repoRoot,
      file,
    )} has no section #${anchor}`;
  }
  return undefined;
}
