import { utf8Text, Utf8Writer } from './utf8Writer';

describe('Utf8Writer', () => {
  it('gives the UTF-8 bytes of everything written, across its buffers', () => {
    const out = new Utf8Writer();
    const pieces = Array.from(
      { length: 5_000 },
      (_, index) => `${index}: ${'é😀'.repeat(150)}\n`,
    );
    pieces.forEach(piece => out.write(piece));

    const bytes = out.bytes();

    expect(
      Buffer.from(bytes).equals(Buffer.from(pieces.join(''), 'utf8')),
    ).toBe(true);
    expect(utf8Text(bytes)).toBe(pieces.join(''));
  });

  it('gives no bytes when nothing was written', () => {
    expect(new Utf8Writer().bytes()).toHaveLength(0);
  });
});
