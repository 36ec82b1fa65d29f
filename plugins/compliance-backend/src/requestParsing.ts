import { InputError } from '@backstage/errors';
import express from 'express';
import type { z } from 'zod';

/** At most this many problems are named in one 400, so a hostile body cannot inflate the answer. */
const MAX_ISSUES_NAMED = 10;

/**
 * Checks one part of a request (query, params, body) against its schema and
 * answers a 400 `InputError` naming every parameter at fault.
 */
export function parseRequest<T>(
  schema: z.ZodType<T>,
  value: unknown,
  what: string,
): T {
  const result = schema.safeParse(value);
  if (result.success) {
    return result.data;
  }
  const problems = result.error.issues
    .slice(0, MAX_ISSUES_NAMED)
    .map(issue =>
      issue.code === 'unrecognized_keys'
        ? `unknown parameter ${issue.keys.join(', ')}`
        : `${issue.path.join('.') || what}: ${issue.message}`,
    );
  throw new InputError(`Invalid ${what}: ${problems.join('; ')}`);
}

/**
 * A JSON body parser for one route: a body over `limit` stays the 413 of
 * body-parser, a body that is not JSON becomes a 400 that says so.
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
