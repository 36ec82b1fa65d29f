import { ResponseError } from '@backstage/errors';
import { mockApis } from '@backstage/frontend-test-utils';
import { AccessClient } from './AccessClient';

function client(respond: (url: string) => Response) {
  const calls: string[] = [];
  const fetch = jest.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    calls.push(url);
    return respond(url);
  });
  return {
    calls,
    client: new AccessClient({
      discoveryApi: mockApis.discovery({ baseUrl: 'http://backend' }),
      fetchApi: mockApis.fetch({ baseImplementation: fetch }),
    }),
  };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

describe('AccessClient', () => {
  it('reads each route of the Access backend, leaving empty inputs out', async () => {
    const { calls, client: access } = client(() => json({}));
    await access.getRoles();
    await access.getMatrix();
    await access.whoCan({
      permission: 'catalog.entity.delete',
      resourceRef: '',
    });
    await access.explain({
      user: 'user:default/thomas-keller',
      permission: 'catalog.entity.delete',
      resourceRef: 'component:default/svc-ledger',
    });
    await access.getAuditTrail({
      limit: 50,
      before: '2026-12-04T10:00:00.000Z~5b6f5c0e-8f5a-4a55-9d55-0f6e1d2c3b4a',
      outcome: 'denied',
    });
    expect(calls).toEqual([
      'http://backend/api/access/roles',
      'http://backend/api/access/matrix',
      'http://backend/api/access/who-can?permission=catalog.entity.delete',
      'http://backend/api/access/explain?user=user%3Adefault%2Fthomas-keller&permission=catalog.entity.delete&resourceRef=component%3Adefault%2Fsvc-ledger',
      'http://backend/api/access/audit?limit=50&before=2026-12-04T10%3A00%3A00.000Z%7E5b6f5c0e-8f5a-4a55-9d55-0f6e1d2c3b4a&outcome=denied',
    ]);
  });

  it('turns a refusal into a ResponseError carrying the status', async () => {
    const { client: access } = client(() =>
      json(
        {
          error: {
            name: 'NotAllowedError',
            message: 'Requires the access.audit.read permission',
          },
          request: { method: 'GET', url: '/api/access/audit' },
          response: { statusCode: 403 },
        },
        403,
      ),
    );
    const error = await access.getAuditTrail({}).catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(403);
    expect(error.body.error.message).toBe(
      'Requires the access.audit.read permission',
    );
  });
});
