/** A query option as the clients pass it: lists go comma-joined. */
export type QueryValue = string | number | readonly string[] | undefined;

/**
 * Path segments joined, each one encoded: names, slugs and ids come from
 * repositories, files and URLs, so a `/` or `?` in one stays inside it.
 */
export function encodePath(...segments: readonly string[]): string {
  return `/${segments.map(encodeURIComponent).join('/')}`;
}

/**
 * The query string of the options that are set, with its `?`, or '' when
 * none is. Unset and empty options are left out, as the backends refuse
 * empty values; lists are comma-joined, as the backends read them.
 */
export function encodeQuery(query: Readonly<Record<string, QueryValue>>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    const text = Array.isArray(value) ? value.join(',') : value;
    if (text !== undefined && text !== '') {
      params.set(key, String(text));
    }
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}
