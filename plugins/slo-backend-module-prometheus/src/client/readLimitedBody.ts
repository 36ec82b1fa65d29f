/** The body was larger than the limit; nothing beyond the limit was kept. */
export class BodyTooLargeError extends Error {
  readonly name = 'BodyTooLargeError';
}

/**
 * Cancelling closes the connection; it is not awaited, as a stream that
 * never settles its cancellation must not hold the caller up.
 */
function discard(cancellation: Promise<void> | undefined) {
  cancellation?.catch(() => undefined);
}

/**
 * Reads a response body as UTF-8 text, refusing it as soon as it grows past
 * `maxBytes` (counted after decompression, which is what costs memory) and
 * closing the connection instead of draining the rest.
 */
export async function readLimitedBody(
  response: Response,
  maxBytes: number,
): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    discard(response.body?.cancel());
    throw new BodyTooLargeError();
  }
  if (!response.body) {
    return '';
  }

  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      break;
    }
    size += value.byteLength;
    if (size > maxBytes) {
      discard(reader.cancel());
      throw new BodyTooLargeError();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
