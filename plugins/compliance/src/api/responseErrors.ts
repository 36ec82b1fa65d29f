import { ResponseError } from '@backstage/errors';

/**
 * What went wrong, in the backend's own words when it gave some
 * ("to: must not be later than the end of today") rather than the status
 * line ResponseError carries as its message.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof ResponseError) {
    const said = error.cause?.message;
    return said && said !== 'Unknown error' ? said : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Whether the backend answered with this HTTP status. */
export function hasStatus(error: unknown, statusCode: number): boolean {
  return error instanceof ResponseError && error.statusCode === statusCode;
}
