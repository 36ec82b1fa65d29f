import { InputError } from '@backstage/errors';
import express from 'express';
import type { z } from 'zod';

/** Checks one part of a request against its schema; a failure is a 400 naming each parameter at fault. */
export function parseRequest<T>(
  schema: z.ZodType<T>,
  value: unknown,
  what: string,
): T {
  const result = schema.safeParse(value);
  if (result.success) {
    return result.data;
  }
  const detail = result.error.issues
    .slice(0, 10)
    .map(issue =>
      issue.code === 'unrecognized_keys'
        ? `unknown parameter ${issue.keys.join(', ')}`
        : `${issue.path.join('.') || what}: ${issue.message}`,
    )
    .join('; ');
  throw new InputError(`Invalid ${what}: ${detail}`);
}

/**
 * A JSON body parser for one route. A body over `limit` stays a 413;
 * a body that is not JSON is a 400 that says so.
 */
export function jsonBody(limit: string): express.RequestHandler {
  const parser = express.json({ limit });
  return (req, res, next) => {
    parser(req, res, error => {
      if (
        (error as { type?: string } | undefined)?.type === 'entity.parse.failed'
      ) {
        next(new InputError('The request body is not valid JSON'));
        return;
      }
      next(error);
    });
  };
}
