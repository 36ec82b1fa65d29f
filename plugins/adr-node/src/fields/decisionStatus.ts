import type { DecisionStatus } from '@localplus/plugin-adr-common';
import { markdownLinkLabels, stripHtml } from '../markdown/plainText';

// The first words of a status, once lower-cased and stripped of markdown,
// emoji and punctuation. adr-tools spells it "Superceded"; Backstage's own
// records call a decision under discussion "Open"; many teams mark an
// accepted decision "Implemented" once it is built.
const STATUS_WORDS: ReadonlyArray<[RegExp, DecisionStatus]> = [
  [/^(?:superseded|superceded|replaced)\b/, 'superseded'],
  [
    /^(?:accepted|approved|adopted|agreed|decided|implemented|active|final|finali[sz]ed)\b/,
    'accepted',
  ],
  [
    /^(?:proposed|proposal|draft|drafted|in review|under review|pending|rfc|wip|open|in discussion|under discussion|in progress)\b/,
    'proposed',
  ],
  [/^(?:rejected|declined|not accepted|withdrawn|abandoned)\b/, 'rejected'],
  [/^(?:deprecated|obsolete|retired|archived)\b/, 'deprecated'],
];

/** Status text as a person reads it: links as their text, no markup, one line. */
export function statusTextOf(text: string): string {
  const plain = stripHtml(markdownLinkLabels(text))
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > 200 ? `${plain.slice(0, 199)}…` : plain;
}

/**
 * The lifecycle state a status text names: `Accepted`, `accepted ✅`,
 * `**Approved**` are accepted; `Superseded by [ADR-0012](0012-x.md)` is
 * superseded; `draft` is proposed. Anything else is `unknown` (the words
 * are kept by the caller as `statusText`).
 */
export function normaliseStatus(text: string): DecisionStatus {
  const words = statusTextOf(text)
    .toLocaleLowerCase('en-US')
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .replace(/[\s-]+/g, ' ')
    .trim();
  for (const [pattern, status] of STATUS_WORDS) {
    if (pattern.test(words)) return status;
  }
  return 'unknown';
}
