import { isDecisionFileName } from './decisionFileName';

describe('isDecisionFileName', () => {
  it.each([
    '0001-modular-monolith-first.md',
    '0000-use-markdown-any-decision-records.md',
    'ADR-005-x.md',
    '2024-03-01-use-kafka.md',
    '20240301-use-kafka.md',
    'use-kafka.MD',
    '0007-use-template-engine.md',
    '0008-readme-first.md',
  ])('counts %p as a record', fileName => {
    expect(isDecisionFileName(fileName)).toBe(true);
  });

  it.each([
    'index.md',
    'README.md',
    'readme.MD',
    'CHANGELOG.md',
    'template.md',
    'adr-template.md',
    'adr-template-minimal.md',
    'adr-template-bare-minimal.md',
    'template-madr.md',
    '0000-template.md',
    'decision-template.md',
    '.adr-dir',
    '.hidden.md',
    '_sidebar.md',
    'notes.txt',
    '0001-x.markdown',
    'sub/0001-x.md',
    '.md',
  ])('does not count %p', fileName => {
    expect(isDecisionFileName(fileName)).toBe(false);
  });
});
