import type { UrlReaderServiceReadUrlResponse } from '@backstage/backend-plugin-api';

/**
 * The body of a UrlReader response, or undefined when it is larger than
 * `maxBytes`. A streamed body is read only up to the limit, so an oversized
 * remote file is never held in memory whole.
 */
export async function readUrlAtMost(
  response: UrlReaderServiceReadUrlResponse,
  maxBytes: number,
): Promise<Buffer | undefined> {
  if (!response.stream) {
    const buffer = await response.buffer();
    return buffer.length > maxBytes ? undefined : buffer;
  }
  const stream = response.stream();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += bytes.length;
    if (size > maxBytes) {
      stream.destroy();
      return undefined;
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
