import type {
  DecisionLink,
  DecisionLinkKind,
} from '@localplus/plugin-adr-common';
import { frontMatterKey } from '../markdown/frontMatterKeys';
import { linkedTextOf } from './relationLinks';

// Keys as frontMatterKey writes them: `superseded_by`, `supersededBy` and
// `superseded-by` are one.
const KEY_KINDS = new Map<string, DecisionLinkKind>([
  ['supersedes', 'supersedes'],
  ['superseded-by', 'superseded-by'],
  ['amends', 'amends'],
  ['amended-by', 'amended-by'],
  ['related', 'relates-to'],
  ['relates-to', 'relates-to'],
  ['related-to', 'relates-to'],
]);

function targetsOf(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  const targets: string[] = [];
  for (const item of items) {
    if (typeof item === 'number') targets.push(String(item));
    if (typeof item !== 'string') continue;
    // `[ADR-0012](0012-x.md)` keeps its URL; `a.md, b.md` is two targets.
    const { text, urls } = linkedTextOf(item);
    for (const part of text.split(',')) {
      const placeholder = /^\s*\uE000(\d+)\uE001\s*$/.exec(part);
      const target = placeholder ? urls[Number(placeholder[1])] : part.trim();
      if (target) targets.push(target);
    }
  }
  return targets;
}

/**
 * Links declared in front matter: `supersedes`, `superseded-by` (or
 * `superseded_by`), `amends`, `amended-by`, `related` / `relates-to`. Each
 * takes one target or a list: file names, `ADR-0012`, numbers, URLs, or
 * markdown links.
 */
export function linksFromFrontMatter(
  data: Record<string, unknown>,
): DecisionLink[] {
  const links: DecisionLink[] = [];
  for (const [key, value] of Object.entries(data)) {
    const kind = KEY_KINDS.get(frontMatterKey(key));
    if (!kind) continue;
    for (const target of targetsOf(value)) links.push({ kind, target });
  }
  return links;
}
