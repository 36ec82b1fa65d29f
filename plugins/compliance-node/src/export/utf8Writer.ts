/** Text gathered before it is encoded: large enough to make few buffers, far below V8's string limit. */
const FLUSH_CHARACTERS = 1 << 20;

/**
 * A file written piece by piece into UTF-8 bytes. A 90-day export holds
 * files of hundreds of megabytes; written as one string they come near
 * V8's limit on a string's length (about 512 MiB of UTF-16 code units),
 * so text is encoded a megabyte at a time and the bytes joined at the end.
 */
export class Utf8Writer {
  readonly #buffers: Buffer[] = [];
  #pending: string[] = [];
  #pendingLength = 0;

  write(text: string): void {
    this.#pending.push(text);
    this.#pendingLength += text.length;
    if (this.#pendingLength >= FLUSH_CHARACTERS) this.#flush();
  }

  /** Everything written, as UTF-8. */
  bytes(): Uint8Array {
    this.#flush();
    return Buffer.concat(this.#buffers);
  }

  #flush(): void {
    if (this.#pending.length === 0) return;
    this.#buffers.push(Buffer.from(this.#pending.join(''), 'utf8'));
    this.#pending = [];
    this.#pendingLength = 0;
  }
}

/** The text of UTF-8 bytes (small files and tests). */
export function utf8Text(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString(
    'utf8',
  );
}
