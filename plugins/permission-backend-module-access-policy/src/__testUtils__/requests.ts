import { mockCredentials } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import request from 'supertest';

type Server = Parameters<typeof request>[0];

/** Requests as a signed-in person of the fixture organisation. */
export function as(server: Server, user: string) {
  const header = mockCredentials.user.header(`user:default/${user}`);
  return {
    get: (url: string) => request(server).get(url).set('Authorization', header),
    post: (url: string, body?: object) =>
      request(server).post(url).set('Authorization', header).send(body),
    delete: (url: string) =>
      request(server).delete(url).set('Authorization', header),
  };
}

/**
 * Waits until the catalog has ingested and stitched the fixture: the
 * components carry their `ownedBy` relations and the people their `memberOf`.
 */
export async function waitForFixture(server: Server, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await as(server, 'pat').get(
      '/api/catalog/entities/by-query?filter=kind=component&filter=kind=user&filter=kind=template&filter=kind=group&limit=100',
    );
    const entities: Entity[] = res.status === 200 ? res.body.items : [];
    const stitched = entities.filter(e =>
      (e.relations ?? []).some(
        r => r.type === 'ownedBy' || r.type === 'memberOf',
      ),
    );
    const groups = entities.filter(e => e.kind === 'Group');
    // 4 components, 7 people in groups (nora is in none), 1 template; and
    // the 12 groups, so that every person's ancestors are known.
    if (stitched.length >= 12 && groups.length >= 12) return;
    if (Date.now() > deadline) {
      throw new Error(
        `catalog never stitched the fixture (${stitched.length}/12 owned or member, ${groups.length}/12 groups)`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}

/** The uid of a component, read as the platform engineer. */
export async function uidOf(server: Server, name: string): Promise<string> {
  const res = await as(server, 'pat').get(
    `/api/catalog/entities/by-name/component/default/${name}`,
  );
  if (res.status !== 200)
    throw new Error(`no component ${name}: ${res.status}`);
  return res.body.metadata.uid;
}
