import { displayTitle, titleWithoutLabel } from './decisionTitle';

describe('titleWithoutLabel', () => {
  it.each([
    [
      'Architecture Decision Record: Go programming language',
      'Go programming language',
    ],
    ['Architecture decision record: browser automation', 'browser automation'],
    ['Architectural Decision Record (ADR) - Use Kafka', 'Use Kafka'],
    ['Decision record: 4-day work-week', '4-day work-week'],
    ['ADR: Use PostgreSQL', 'Use PostgreSQL'],
    ['ADR — Use PostgreSQL', 'Use PostgreSQL'],
  ])('%p gives %p', (title, expected) => {
    expect(titleWithoutLabel(title)).toBe(expected);
  });

  it.each([
    'Decision record for work from home',
    'Architecture Decision Record (ADR) for Svelte Components',
    'ADR-5 Use Kafka',
    'Adrenaline: a pager policy',
    'Architecture Decision Record:',
  ])('keeps %p', title => {
    expect(titleWithoutLabel(title)).toBe(title);
  });
});

describe('displayTitle', () => {
  it('drops the label and the number', () => {
    expect(displayTitle('ADR 0005: Central Argo CD')).toBe('Central Argo CD');
    expect(displayTitle('Architecture Decision Record: 5. Use Go')).toBe(
      'Use Go',
    );
    expect(displayTitle('Use Go')).toBe('Use Go');
  });
});
