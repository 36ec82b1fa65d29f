import type {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { errorMessage } from '../sources/httpGet';
import { CheckScopeError } from './CheckScopeError';

/** What the read asks of the catalog: `CatalogService` of `@backstage/plugin-catalog-node`. */
export interface CatalogComponentStream<E> {
  streamEntities(
    request: { filter: { kind: string }; fields: string[] },
    options: { credentials: BackstageCredentials },
  ): AsyncIterable<E[]>;
}

/**
 * Every Component of the catalog, read page by page as the collector's own
 * service with only the given fields, each made a check subject by
 * `toSubject`, sorted by ref. A catalog that cannot be read is a
 * `CheckScopeError` on `catalog:components`: the check has no subjects.
 */
export async function listCatalogComponents<E, T extends { ref: string }>(
  sources: { catalog: CatalogComponentStream<E>; auth: AuthService },
  fields: string[],
  toSubject: (entity: E) => T,
): Promise<T[]> {
  const subjects: T[] = [];
  try {
    const credentials = await sources.auth.getOwnServiceCredentials();
    const pages = sources.catalog.streamEntities(
      { filter: { kind: 'Component' }, fields },
      { credentials },
    );
    for await (const page of pages) {
      subjects.push(...page.map(toSubject));
    }
  } catch (error) {
    throw new CheckScopeError(
      'catalog:components',
      `Could not list the catalog's components: ${errorMessage(error)}`,
    );
  }
  return subjects.sort((a, b) => a.ref.localeCompare(b.ref));
}
