import { InputError } from '@backstage/errors';
import express from 'express';
import type { z } from 'zod';

/** Validates one part of a request; any failure is a 400 naming the field. */
export function parseRequest<T>(
  schema: z.ZodType<T>,
  value: unknown,
  what: string,
): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const detail = result.error.issues
      .slice(0, 10)
      .map(issue =>
        issue.code === 'unrecognized_keys'
          ? `unknown ${issue.keys.join(', ')}`
          : `${issue.path.join('.') || what}: ${issue.message}`,
      )
      .join('; ');
    throw new InputError(`Invalid ${what}: ${detail}`);
  }
  return result.data;
}

/**
 * A JSON body parser for one route (the plugin's own parser comes after
 * this router). Too large stays a 413; unreadable JSON becomes a 400 that
 * says so.
 */
export function jsonBody(limit: string): express.RequestHandler {
  const parser = express.json({ limit });
  return (req, res, next) => {
    parser(req, res, error => {
      if (
        error &&
        (error as { type?: string }).type === 'entity.parse.failed'
      ) {
        next(new InputError('The request body is not valid JSON'));
        return;
      }
      next(error);
    });
  };
}
