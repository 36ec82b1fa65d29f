import { timingSafeEqual } from 'node:crypto';
import { Request } from 'express';

/** The token of an `Authorization: Bearer <token>` header, if there is one. */
export function readBearerToken(req: Request): string | undefined {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match ? match[1] : undefined;
}

/** Compares in constant time, so response timing does not leak the token. */
export function tokensEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
