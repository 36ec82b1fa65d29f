/**
 * Deterministic pseudo-random values. Every value is derived from a string key
 * (for example `svc-ledger/eks-prod/pod/3`), not from a shared sequence, so
 * adding a component to the catalog never changes the data of the others.
 */

/** The alphabet Kubernetes uses for generated name suffixes (no vowels). */
const KUBERNETES_SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** FNV-1a: a small, stable 32-bit string hash. */
function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export class SeededRandom {
  private state: number;

  constructor(key: string) {
    this.state = hashKey(key);
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

  private chars(length: number, alphabet: string): string {
    let out = '';
    for (let i = 0; i < length; i++) {
      out += alphabet[Math.floor(this.next() * alphabet.length)];
    }
    return out;
  }

  hex(length: number): string {
    return this.chars(length, '0123456789abcdef');
  }

  /** A suffix like the ones in `svc-ledger-7d9c5b6f4b-x2kqp`. */
  kubernetesSuffix(length: number): string {
    return this.chars(length, KUBERNETES_SUFFIX_ALPHABET);
  }

  /** A version-4 shaped UUID, for `metadata.uid`. */
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(
      17,
      20,
    )}-${h.slice(20, 32)}`;
  }
}

export function seeded(...keyParts: Array<string | number>): SeededRandom {
  return new SeededRandom(keyParts.join('/'));
}
