/**
 * How often each word and each pair of neighbouring words occurs in a body
 * of text: the vocabulary the titles are read against.
 */
export class WordCounts {
  private readonly counts = new Map<string, number>();

  constructor(texts: string[]) {
    for (const text of texts) {
      const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
      words.forEach((word, index) => {
        this.add(word);
        if (index > 0) this.add(`${words[index - 1]} ${word}`);
      });
    }
  }

  private add(key: string) {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }
}

/**
 * Words that lost the space between them ("architecturedecision"): a word
 * that splits into two words the documentation writes side by side more
 * often than it writes the joined form. Short words are left alone.
 */
export function runTogetherWords(text: string, corpus: WordCounts): string[] {
  const found: string[] = [];
  for (const word of text.match(/[A-Za-z]+/g) ?? []) {
    const lower = word.toLowerCase();
    if (lower.length < 8) continue;
    for (let split = 3; split <= lower.length - 3; split++) {
      const pair = `${lower.slice(0, split)} ${lower.slice(split)}`;
      if (corpus.count(pair) > corpus.count(lower)) {
        found.push(`${word} (the docs write "${pair}")`);
        break;
      }
    }
  }
  return found;
}

/**
 * Words broken at a hyphen, as a folded YAML line ending in "PCI-" gives
 * "PCI- DSS". A suspended hyphen ("pre- and post-deployment") is fine.
 */
export function brokenHyphenations(text: string): string[] {
  return [
    ...text.matchAll(/\b[A-Za-z0-9]+- (?!(?:and|or|to|nor)\b)[A-Za-z0-9]+/g),
  ].map(match => match[0]);
}
