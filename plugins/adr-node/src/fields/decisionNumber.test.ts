import {
  numberFromFileName,
  numberFromTitle,
  titleWithoutNumber,
} from './decisionNumber';

describe('numberFromFileName', () => {
  it.each([
    ['0005-central-argocd.md', 5],
    ['ADR-005-central-argocd.md', 5],
    ['adr-0005_central-argocd.md', 5],
    ['adr_0005.md', 5],
    ['5-central-argocd.md', 5],
    ['0000-use-markdown-any-decision-records.md', 0],
    ['0012.md', 12],
  ])('reads %p as %p', (fileName, expected) => {
    expect(numberFromFileName(fileName)).toBe(expected);
  });

  it.each([
    '2024-03-01-use-kafka.md',
    '20240301-use-kafka.md',
    'use-kafka.md',
    '12345678-too-long.md',
    'v2-plan.md',
  ])('finds no number in %p', fileName => {
    expect(numberFromFileName(fileName)).toBeUndefined();
  });
});

describe('numberFromTitle', () => {
  it.each([
    ['ADR 0005: One central Argo CD', 5],
    ['ADR-12 Use Kafka', 12],
    ['adr0007 - Vault', 7],
    ['5. Use Kafka', 5],
    ['0005: Use Kafka', 5],
    ['3) Three', 3],
  ])('reads %p as %p', (title, expected) => {
    expect(numberFromTitle(title)).toBe(expected);
  });

  it.each(['2024 roadmap', '3.5 release plan', 'Use Kafka', 'Adrenaline 5'])(
    'finds no number in %p',
    title => {
      expect(numberFromTitle(title)).toBeUndefined();
    },
  );
});

describe('titleWithoutNumber', () => {
  it.each([
    ['ADR 0005: Central Argo CD', 'Central Argo CD'],
    ['ADR-5 - Central Argo CD', 'Central Argo CD'],
    ['adr 12 – Use Kafka', 'Use Kafka'],
    ['5. Record architecture decisions', 'Record architecture decisions'],
    ['0005: Central Argo CD', 'Central Argo CD'],
    ['2024 plans for the cache', '2024 plans for the cache'],
    ['3.5 release train', '3.5 release train'],
    ['Use Kafka', 'Use Kafka'],
    ['ADR 0005', 'ADR 0005'],
    ['Adrenaline for on-call', 'Adrenaline for on-call'],
  ])('reads %p as %p', (title, expected) => {
    expect(titleWithoutNumber(title)).toBe(expected);
  });
});
