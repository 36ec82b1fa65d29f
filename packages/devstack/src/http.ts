import { timingSafeEqual } from 'node:crypto';
import express, { ErrorRequestHandler, Express, Request } from 'express';
import { z } from 'zod';

/** A failure a handler throws; each simulator answers it in its API's own format. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** Input the simulators refuse (a repeated parameter, a malformed selector): a 400. */
export class InputError extends ApiError {
  name = 'InputError';
  constructor(message: string) {
    super(400, message);
  }
}

/** Kubernetes object names: namespaces, pods, Argo CD applications and projects. */
export const objectName = z
  .string()
  .max(253)
  .regex(
    /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/,
    'must be a lowercase RFC 1123 subdomain',
  );

/** `value` checked by `schema`; a failure is an InputError naming the field. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const { path, message } = result.error.issues[0];
    throw new InputError(`${path.join('.') || 'request'}: ${message}`);
  }
  return result.data;
}

export function readBearerToken(req: Request): string | undefined {
  const header = req.headers.authorization;
  return (header && /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1]) || undefined;
}

/** Compares in constant time, so response timing does not leak the token. */
export function tokensEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** With the simple query parser, a repeated parameter is an array: refused here. */
export function singleQueryValue(req: Request, name: string) {
  const value = req.query[name];
  if (value === undefined || typeof value === 'string') {
    return value;
  }
  throw new InputError(`query parameter "${name}" must be given once`);
}

export function queryValues(req: Request, name: string): string[] {
  return [req.query[name] ?? []].flat().map(String);
}

export function simulatorApp(): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  // Plain strings (or arrays when repeated), never nested objects from `a[b]=c`.
  app.set('query parser', 'simple');
  return app;
}

/** Answers every failure with `body`, the API's error format; never with a stack. */
export function apiErrorHandler(
  body: (failure: ApiError) => object,
): ErrorRequestHandler {
  return (error, _req, res, _next) => {
    let failure = new ApiError(500, 'Internal error occurred');
    if (error instanceof ApiError) {
      failure = error;
    } else if (error?.status >= 400 && error.status < 500) {
      // body-parser and path decoding: malformed or oversized input.
      failure = new ApiError(error.status, String(error.message));
    }
    if (!res.headersSent) {
      res.status(failure.status).json(body(failure));
    }
  };
}
