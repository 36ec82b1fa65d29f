import { parseMarkdown } from './parseMarkdown';
import {
  findSection,
  firstHeadingText,
  leadingHeadingText,
  headingKey,
  sectionText,
} from './sections';

const record = [
  '# 1. Title',
  '',
  '> ## Status',
  '> (inside a quote: not a section)',
  '',
  '## 📋 status:',
  '',
  'Accepted',
  '',
  '### Details',
  '',
  'Still in the status section.',
  '',
  '## Context',
  '',
  'Why.',
].join('\n');

describe('findSection', () => {
  const tree = parseMarkdown(record);

  it('finds a top-level heading by text, ignoring case, punctuation and emoji', () => {
    const section = findSection(tree, 'Status')!;
    expect(section.title).toBe('📋 status:');
    expect(section.heading.depth).toBe(2);
    expect(sectionText(section)).toBe(
      'Accepted\n\nDetails\n\nStill in the status section.',
    );
  });

  it('takes the first of several names in document order', () => {
    expect(findSection(tree, ['Context', 'Status'])!.title).toBe('📋 status:');
    expect(
      findSection(tree, ['Context and Problem Statement', 'Context'])!.title,
    ).toBe('Context');
  });

  it('ends a section at the end of the document', () => {
    expect(sectionText(findSection(tree, 'context')!)).toBe('Why.');
  });

  it('finds nothing for a missing heading', () => {
    expect(findSection(tree, 'Consequences')).toBeUndefined();
  });
});

describe('firstHeadingText', () => {
  it('reads the first level-one heading', () => {
    expect(
      firstHeadingText(parseMarkdown('intro\n\n## Two\n\nTitle *here*\n===\n')),
    ).toBe('Title here');
    expect(firstHeadingText(parseMarkdown('## Only two'))).toBeUndefined();
  });
});

describe('leadingHeadingText', () => {
  const SECTIONS = ['Status', 'Context and Problem Statement'];

  it('reads the heading a document opens with, at any level', () => {
    expect(
      leadingHeadingText(
        parseMarkdown('## Architecture decision record: *E2E* tests\n\ntext'),
      ),
    ).toBe('Architecture decision record: E2E tests');
    expect(
      leadingHeadingText(parseMarkdown('<!-- note -->\n\n### Title\n')),
    ).toBe('Title');
  });

  it('reads no title from a document that opens otherwise or with a section', () => {
    expect(
      leadingHeadingText(parseMarkdown('intro\n\n## Two')),
    ).toBeUndefined();
    expect(
      leadingHeadingText(
        parseMarkdown('## Context and problem statement\n'),
        SECTIONS,
      ),
    ).toBeUndefined();
    expect(
      leadingHeadingText(parseMarkdown('## Status\n\nAccepted'), SECTIONS),
    ).toBeUndefined();
    expect(leadingHeadingText(parseMarkdown(''))).toBeUndefined();
  });
});

describe('headingKey', () => {
  it('reduces a heading for comparison', () => {
    expect(headingKey('  Context and Problem-Statement: ')).toBe(
      'context and problem statement',
    );
  });
});
