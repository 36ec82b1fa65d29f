import type {
  DecisionLinkKind,
  DecisionStatus,
  ParsedDecision,
} from '@localplus/plugin-adr-common';
import type { DecisionFile, DecisionParser } from '@localplus/plugin-adr-node';
import type { ParseDecisionFile } from '../services/indexer/DecisionIndexer';

const LIST_KEYS = ['deciders', 'consulted', 'informed', 'tags'] as const;
const LINK_KEYS: DecisionLinkKind[] = [
  'supersedes',
  'superseded-by',
  'amends',
  'relates-to',
];

/**
 * A parser of a tiny format of the tests' own, so the backend's tests do
 * not depend on the real MADR and Nygard parsers:
 *
 *     # Use Kafka
 *     status: accepted
 *     date: 2026-01-10
 *     deciders: Marc, platform-team
 *     supersedes: 0001-old.md
 *     The rest is the body.
 *
 * A file without a `# ` title line is refused with "No title line".
 */
export const fakeDecisionParser: DecisionParser = {
  id: 'fake',
  canParse: () => true,
  parse(file: DecisionFile): ParsedDecision {
    const lines = file.text.split('\n');
    const title = lines
      .find(line => line.startsWith('# '))
      ?.slice(2)
      .trim();
    if (!title) {
      throw new Error('No title line');
    }
    const fields = new Map<string, string>();
    for (const line of lines) {
      const match = /^([a-z-]+):\s*(.*)$/.exec(line);
      if (match) {
        fields.set(match[1], match[2].trim());
      }
    }
    const list = (key: string) =>
      (fields.get(key) ?? '')
        .split(',')
        .map(item => item.trim())
        .filter(Boolean);
    const lists = Object.fromEntries(LIST_KEYS.map(key => [key, list(key)]));
    const number = /^(\d+)-/.exec(file.fileName)?.[1];
    return {
      format: 'fake',
      title,
      number: number === undefined ? undefined : Number(number),
      status: (fields.get('status') as DecisionStatus) ?? 'unknown',
      date: fields.get('date'),
      reviewBy: fields.get('review-by'),
      decisionMakers: lists.deciders,
      consulted: lists.consulted,
      informed: lists.informed,
      tags: lists.tags,
      links: LINK_KEYS.flatMap(kind =>
        list(kind).map(target => ({ kind, target })),
      ),
      summary: fields.get('summary'),
      text: lines
        .filter(line => !line.startsWith('#'))
        .join(' ')
        .trim(),
      body: file.text,
    };
  },
};

/** The fake parser as the indexer calls parsers: a refusal becomes a problem. */
export const parseWithFakeParser: ParseDecisionFile = file => {
  try {
    return { decision: fakeDecisionParser.parse(file) };
  } catch (error) {
    return { problem: (error as Error).message };
  }
};

/** A record in the fake format. */
export function fakeRecord(
  title: string,
  fields: Record<string, string> = {},
  body = 'Some context.',
): string {
  const lines = Object.entries(fields).map(
    ([key, value]) => `${key}: ${value}`,
  );
  return [`# ${title}`, ...lines, '', body, ''].join('\n');
}
