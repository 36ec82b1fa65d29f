const ERROR_LINE = /level=(error|fatal)|^(error|fatal)\b/i;

/**
 * Keeps the end of a child process's output, so an error can quote what the
 * program said before it failed without holding hours of logs in memory.
 */
export class OutputTail {
  private text = '';

  constructor(private readonly maxChars = 16_384) {}

  append(chunk: Buffer | string): void {
    this.text = (this.text + chunk.toString()).slice(-this.maxChars);
  }

  /**
   * The error lines if the program logged any (Prometheus logs its cause a
   * dozen lines before its shutdown messages), else its last lines;
   * indented for an error message.
   */
  summary(lines = 15): string {
    const all = this.text.split('\n').filter(line => line.trim() !== '');
    const errors = all.filter(line => ERROR_LINE.test(line));
    const kept = (errors.length > 0 ? errors : all).slice(-lines);
    return kept.length === 0
      ? '  (no output)'
      : kept.map(line => `  ${line}`).join('\n');
  }
}
