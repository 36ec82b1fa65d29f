/** A repository as `owner/name`. */
export interface RepositorySlug {
  owner: string;
  name: string;
}

// GitHub's limits: logins are letters, digits and single dashes, at most 39
// characters (Enterprise also allows `_` from its identity provider);
// repository names are letters, digits, `.`, `_` and `-`, at most 100.
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,38})$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;
const SHOWN_LENGTH = 80;

/** The annotation as an observation may quote it: short, in JSON quotes. */
export function quoteSlug(value: string): string {
  return JSON.stringify(
    value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH)}…` : value,
  );
}

/**
 * Reads a `github.com/project-slug` annotation. Anything that is not one
 * owner and one repository name GitHub could have (`../x`, spaces, 300
 * characters, a URL) is refused with the reason, before any request is made.
 */
export function parseRepositorySlug(
  value: string,
): { slug: RepositorySlug } | { problem: string } {
  const parts = value.trim().split('/');
  if (parts.length !== 2) {
    return { problem: 'is not owner/repository' };
  }
  const [owner, name] = parts;
  if (!OWNER.test(owner)) {
    return {
      problem:
        'does not start with a GitHub owner (letters, digits, dashes; at most 39)',
    };
  }
  if (!NAME.test(name) || name === '.' || name === '..') {
    return {
      problem:
        'does not end with a GitHub repository name (letters, digits, . _ -; at most 100)',
    };
  }
  return { slug: { owner, name } };
}
