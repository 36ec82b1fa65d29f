/*
 * Cheap tests on a file's text that tell the built-in formats apart before
 * any parsing. They look at line starts only, so they cost one pass.
 */
import { hasFrontMatter } from '../markdown/frontMatter';

// `* Status: accepted`, `- **Status:** Accepted`, `- Deciders: ...`, and
// the same as lines of their own (`**Status:** Accepted`).
const STATUS_LIST_ITEM =
  /^[ \t]{0,3}(?:[*+-][ \t]+)?(?:\*\*|__)?(?:status|deciders)(?:\*\*|__)?[ \t]*:/im;
// `## Status` as a heading of its own, or adr-tools' `Date: 2024-01-01` line.
const STATUS_HEADING = /^#{1,6}[ \t]+status[ \t]*#*[ \t]*\r?$/im;
const DATE_LINE = /^date[ \t]*:[ \t]*\d/im;

/** The text opens with YAML front matter (MADR 3 and 4). */
export function opensWithFrontMatter(text: string): boolean {
  return hasFrontMatter(text);
}

/** The text has a MADR 2 / log4brains status list, or status lines under its title. */
export function hasStatusList(text: string): boolean {
  return STATUS_LIST_ITEM.test(text);
}

/** The text has a Nygard `## Status` section or an adr-tools `Date:` line. */
export function hasNygardStatus(text: string): boolean {
  return STATUS_HEADING.test(text) || DATE_LINE.test(text);
}
