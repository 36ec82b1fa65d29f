/** The body grew past the limit; what was read so far is dropped. */
export class BodyTooLargeError extends Error {
  readonly name = 'BodyTooLargeError';
}

/** Closing the connection is not awaited: a stuck cancellation must not hold us up. */
function abandon(cancellation: Promise<void> | undefined) {
  cancellation?.catch(() => undefined);
}

/**
 * Reads a response body as UTF-8 text, giving up as soon as more than
 * `maxBytes` arrived (after decompression, which is what costs memory)
 * rather than draining an answer we will not use.
 */
export async function readLimitedBody(
  response: Response,
  maxBytes: number,
): Promise<string> {
  const announced = Number(response.headers.get('content-length'));
  if (Number.isFinite(announced) && announced > maxBytes) {
    abandon(response.body?.cancel());
    throw new BodyTooLargeError();
  }
  if (!response.body) {
    return '';
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      return Buffer.concat(chunks).toString('utf8');
    }
    received += value.byteLength;
    if (received > maxBytes) {
      abandon(reader.cancel());
      throw new BodyTooLargeError();
    }
    chunks.push(value);
  }
}
