import { InputError } from '@backstage/errors';
import express from 'express';

/**
 * A JSON body parser for one route, so each route sets its own size limit:
 * a body over `limit` stays body-parser's 413, a body that is not JSON
 * becomes a 400 `InputError` that says so.
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
