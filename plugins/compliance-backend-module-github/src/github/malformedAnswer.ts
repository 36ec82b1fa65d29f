import type { z } from 'zod';
import type { GithubFailure } from './describeGithubFailure';

/**
 * An answer not shaped like GitHub's (a proxy's page, a hostile server): the
 * first field at fault, never the value, as the reason it was not read.
 */
export function malformedAnswer(
  what: string,
  error: z.ZodError,
  at: ReadonlyArray<PropertyKey> = [],
): GithubFailure {
  const path = [...at, ...(error.issues[0]?.path ?? [])];
  const field = path.map(String).join('.');
  return {
    reason: `GitHub answered ${what} GitHub never writes (${
      field ? `${field} is malformed` : 'not the shape GitHub writes'
    })`,
    stopsRun: false,
  };
}
