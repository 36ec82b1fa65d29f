import type { DecisionLink } from '@localplus/plugin-adr-common';

/** Links kept per record; more are dropped. */
export const MAX_LINKS_PER_DECISION = 500;

/** What two targets share when they name the same file: `./0012-X.md#a` and `0012-x.md`. */
export function linkTargetKey(target: string): string {
  return target
    .trim()
    .toLocaleLowerCase('en-US')
    .replace(/^\.\//, '')
    .replace(/#.*$/s, '');
}

/**
 * One list of links from several sources, in order of first appearance:
 * duplicates dropped, links to the record itself dropped, and a
 * `relates-to` dropped when the same target also has an explicit kind
 * (supersedes, amends, ...).
 */
export function mergeLinks(
  links: readonly DecisionLink[],
  ownFileName?: string,
): DecisionLink[] {
  const own = ownFileName ? linkTargetKey(ownFileName) : undefined;
  const explicit = new Set<string>();
  for (const link of links) {
    if (link.kind !== 'relates-to') explicit.add(linkTargetKey(link.target));
  }
  const seen = new Set<string>();
  const merged: DecisionLink[] = [];
  for (const link of links) {
    const key = linkTargetKey(link.target);
    if (!key || key === own || key === own?.replace(/\.md$/, '')) continue;
    if (link.kind === 'relates-to' && explicit.has(key)) continue;
    const identity = `${link.kind} ${key}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    merged.push({ kind: link.kind, target: link.target.trim() });
    if (merged.length === MAX_LINKS_PER_DECISION) break;
  }
  return merged;
}
