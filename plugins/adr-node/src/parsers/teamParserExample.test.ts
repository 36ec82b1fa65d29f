import type { DecisionParser } from '../parser';
import { decisionFile } from '../__testUtils__/fixtureFile';
import { readFrontMatter } from '../markdown/frontMatter';
import { parseMarkdown } from '../markdown/parseMarkdown';
import { findSection, firstHeadingText } from '../markdown/sections';
import { plainText, plainTextLine, truncateText } from '../markdown/plainText';
import { normaliseDate } from '../fields/decisionDate';
import { numberFromFileName } from '../fields/decisionNumber';
import { normaliseStatus, statusTextOf } from '../fields/decisionStatus';
import { splitPeople, splitTags } from '../fields/people';
import { linksFromFrontMatter } from '../links/frontMatterLinks';
import { linksToSiblingDecisions } from '../links/bodyLinks';
import { mergeLinks } from '../links/mergeLinks';
import { parseDecisionFile } from '../parseDecisionFile';
import { defaultDecisionParsers } from './defaultDecisionParsers';

// The example of the README, kept compiling and working here.
const acmeRfcParser: DecisionParser = {
  id: 'acme-rfc',
  canParse: ({ fileName }) => /^RFC-\d+-.*\.md$/.test(fileName),
  parse: file => {
    const { data, body } = readFrontMatter(file.text); // throws on bad YAML
    const tree = parseMarkdown(body);
    const title = firstHeadingText(tree);
    if (!title) throw new Error('the RFC has no "# Title" heading');
    const problem = findSection(tree, ['Problem', 'Motivation']);
    const paragraph = problem?.nodes.find(node => node.type === 'paragraph');
    const state = typeof data.state === 'string' ? data.state : '';
    return {
      format: 'acme-rfc',
      title,
      number: numberFromFileName(file.fileName.replace(/^RFC-/, '')),
      status: normaliseStatus(state),
      statusText: statusTextOf(state) || undefined,
      date: normaliseDate(data.decided),
      decisionMakers: splitPeople(data.approvers),
      consulted: splitPeople(data.reviewers),
      informed: [],
      tags: splitTags(data.labels),
      links: mergeLinks(
        [
          ...linksFromFrontMatter(data),
          ...linksToSiblingDecisions(tree, file.fileName),
        ],
        file.fileName,
      ),
      summary: paragraph
        ? truncateText(plainTextLine(paragraph), 400)
        : undefined,
      text: plainText(tree),
      body,
    };
  },
};

describe('a team parser built from the helpers (README example)', () => {
  const parsers = [acmeRfcParser, ...defaultDecisionParsers()];

  it('reads the team format before the built-in parsers', () => {
    const file = decisionFile(
      'RFC-12-rate-limits.md',
      [
        '---',
        'state: Approved',
        'decided: 2024/05/02',
        'approvers: [Ana, Bo]',
        'labels: api, limits',
        'supersedes: RFC-7-old-limits.md',
        '---',
        '# Rate limits per tenant',
        '',
        '## Motivation',
        '',
        'One tenant can starve the others. See [RFC-9](RFC-9-quotas.md).',
      ].join('\n'),
    );
    const result = parseDecisionFile(file, parsers);
    expect(result.problem).toBeUndefined();
    const { text, body, ...decision } = result.decision!;
    expect(decision).toEqual({
      format: 'acme-rfc',
      title: 'Rate limits per tenant',
      number: 12,
      status: 'accepted',
      statusText: 'Approved',
      date: '2024-05-02',
      decisionMakers: ['Ana', 'Bo'],
      consulted: [],
      informed: [],
      tags: ['api', 'limits'],
      links: [
        { kind: 'supersedes', target: 'RFC-7-old-limits.md' },
        { kind: 'relates-to', target: 'RFC-9-quotas.md' },
      ],
      summary: 'One tenant can starve the others. See RFC-9.',
    });
  });

  it('leaves other files to the built-in parsers, and its errors become problems', () => {
    expect(
      parseDecisionFile(decisionFile('0001-x.md', '# X\n'), parsers).decision
        ?.format,
    ).toBe('madr-3');
    expect(
      parseDecisionFile(decisionFile('RFC-1-x.md', 'no title'), parsers),
    ).toEqual({ problem: 'the RFC has no "# Title" heading' });
  });
});
