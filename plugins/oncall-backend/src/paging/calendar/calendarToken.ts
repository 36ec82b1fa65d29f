import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A calendar link's token: `<linkId>.<HMAC-SHA256(secret, linkId), base64url>`.
 * The signature is derived, never stored, so a leaked database holds no
 * working feed URL; rotating the secret invalidates every link at once.
 */
export function signCalendarToken(linkId: string, secret: string): string {
  return `${linkId}.${signature(linkId, secret)}`;
}

function signature(linkId: string, secret: string): string {
  return createHmac('sha256', secret).update(linkId).digest('base64url');
}

const TOKEN_SHAPE = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/;

/**
 * The link id of a token whose signature holds, else undefined. The
 * signatures are compared in constant time.
 */
export function verifyCalendarToken(
  token: string,
  secret: string,
): string | undefined {
  const match = TOKEN_SHAPE.exec(token);
  if (!match) {
    return undefined;
  }
  const [, linkId, given] = match;
  // The text, not the decoded bytes: base64url's last character carries two
  // spare bits, so two spellings decode alike; the shape fixes both lengths.
  const expected = Buffer.from(signature(linkId, secret));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected)
    ? linkId
    : undefined;
}
