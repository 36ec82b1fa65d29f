/**
 * Deterministic pseudo-random values. Every value is derived from a string key
 * (for example `svc-ledger/eks-prod/pod/3`), not from a shared sequence, so
 * adding a component to the catalog never changes the data of the others.
 */
export class SeededRandom {
  private state: number;

  constructor(key: string) {
    // FNV-1a: a small, stable 32-bit string hash.
    let hash = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) {
      hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
    }
    this.state = hash >>> 0;
  }

  /** mulberry32: a float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.next() * values.length)];
  }

  hex(length: number): string {
    return this.chars(length, '0123456789abcdef');
  }

  /** A suffix like the one of `svc-ledger-7d9c5b6f4b-x2kqp` (Kubernetes' alphabet has no vowels). */
  kubernetesSuffix(length: number): string {
    return this.chars(length, 'bcdfghjklmnpqrstvwxz2456789');
  }

  uuid(): string {
    const h = this.hex(32);
    const parts = [h.slice(0, 8), h.slice(8, 12), `4${h.slice(13, 16)}`];
    return [...parts, `a${h.slice(17, 20)}`, h.slice(20)].join('-');
  }

  private chars(length: number, alphabet: string): string {
    return Array.from({ length }, () => this.pick([...alphabet])).join('');
  }
}

export function seeded(...keyParts: Array<string | number>): SeededRandom {
  return new SeededRandom(keyParts.join('/'));
}
