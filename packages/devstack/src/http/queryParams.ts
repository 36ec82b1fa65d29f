import { Request } from 'express';

/** A query parameter given in a form the simulators do not accept (repeated, nested). */
export class QueryParamError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueryParamError';
  }
}

/**
 * The single string value of a query parameter. The servers use Node's
 * simple query parser, so a value is a string or, when repeated, an array.
 */
export function singleQueryValue(
  req: Request,
  name: string,
): string | undefined {
  const value = req.query[name];
  if (value === undefined || typeof value === 'string') {
    return value;
  }
  throw new QueryParamError(`query parameter "${name}" must be given once`);
}

/** Every value of a repeatable query parameter. */
export function queryValues(req: Request, name: string): string[] {
  const value = req.query[name];
  if (value === undefined) {
    return [];
  }
  return (Array.isArray(value) ? value : [value]).map(String);
}
