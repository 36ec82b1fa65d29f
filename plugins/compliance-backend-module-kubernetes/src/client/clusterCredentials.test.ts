import { ConfigReader } from '@backstage/config';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ClusterConfig } from '../config/readKubernetesConfig';
import { ClusterCredentials } from './clusterCredentials';
import { KubernetesApiClient } from './KubernetesApiClient';
import { KubernetesRequestError } from './KubernetesRequestError';

// The first request of a file loads the Kubernetes client and the AWS SDK
// (both on first use): seconds when the test command's workers share two
// cores.
jest.setTimeout(30_000);

const FAKE_KEY_ID = 'AKIAFAKECOMPLIANCE01';
const FAKE_SECRET = 'fake-secret-access-key-for-the-compliance-tests';
const SIGNED_AT = new Date('2026-01-15T12:00:00Z');

/** An API server that records the Authorization header of every request. */
function recordingServer() {
  let server: http.Server;
  const authorizations: Array<string | undefined> = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      authorizations.push(req.headers.authorization);
      res.setHeader('content-type', 'application/json');
      res.end('{"kind":"APIVersions","versions":["v1"]}');
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>(resolve => server.close(() => resolve())));
  beforeEach(() => authorizations.splice(0));
  const cluster = (extra: Partial<ClusterConfig> = {}): ClusterConfig => ({
    name: 'eks-dev',
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    authProvider: 'aws',
    authMetadata: { 'kubernetes.io/x-k8s-aws-id': 'eks-dev' },
    skipTLSVerify: true,
    ...extra,
  });
  return { cluster, authorizations };
}

/** Runs each test with `vars` as the only AWS settings of the environment. */
function awsEnvironment(vars: () => Record<string, string>) {
  const saved = { ...process.env };
  beforeEach(() => {
    for (const key of Object.keys(process.env)) {
      if (key.startsWith('AWS_')) delete process.env[key];
    }
    // No shared files nor instance metadata: only what the test sets.
    Object.assign(process.env, {
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws/credentials',
      AWS_CONFIG_FILE: '/nonexistent/aws/config',
      AWS_EC2_METADATA_DISABLED: 'true',
      ...vars(),
    });
  });
  afterEach(() => {
    for (const key of Object.keys(process.env)) {
      if (!(key in saved)) delete process.env[key];
    }
    Object.assign(process.env, saved);
  });
}

/** The presigned URL inside an EKS token. */
function presignedUrl(authorization: string | undefined): URL {
  const match = /^Bearer k8s-aws-v1\.([A-Za-z0-9_-]+)$/.exec(
    authorization ?? '',
  );
  if (!match) throw new Error(`not an EKS token: ${authorization}`);
  return new URL(Buffer.from(match[1], 'base64url').toString('utf8'));
}

async function failure(
  promise: Promise<unknown>,
): Promise<KubernetesRequestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof KubernetesRequestError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('ClusterCredentials for authProvider aws', () => {
  const server = recordingServer();
  awsEnvironment(() => ({
    AWS_ACCESS_KEY_ID: FAKE_KEY_ID,
    AWS_SECRET_ACCESS_KEY: FAKE_SECRET,
    AWS_REGION: 'eu-west-1',
  }));
  afterEach(() => jest.useRealTimers());

  const read = async (cluster: ClusterConfig) => {
    const client = new KubernetesApiClient(cluster, {
      timeoutMs: 5000,
      credentials: new ClusterCredentials({ config: new ConfigReader({}) }),
    });
    await client.get('/api');
    return server.authorizations.at(-1);
  };

  it('sends the bearer token the Kubernetes backend signs: a presigned STS GetCallerIdentity URL', async () => {
    const authorization = await read(server.cluster());
    const url = presignedUrl(authorization);
    expect(url.origin).toBe('https://sts.eu-west-1.amazonaws.com');
    expect(url.pathname).toBe('/');
    expect(url.searchParams.get('Action')).toBe('GetCallerIdentity');
    expect(url.searchParams.get('Version')).toBe('2011-06-15');
    expect(url.searchParams.get('X-Amz-Algorithm')).toBe('AWS4-HMAC-SHA256');
    expect(url.searchParams.get('X-Amz-Credential')).toMatch(
      new RegExp(`^${FAKE_KEY_ID}/\\d{8}/eu-west-1/sts/aws4_request$`),
    );
    expect(url.searchParams.get('X-Amz-SignedHeaders')!.split(';')).toEqual(
      expect.arrayContaining(['host', 'x-k8s-aws-id']),
    );
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    // Presigned: the secret itself never leaves the backend.
    expect(authorization).not.toContain(FAKE_SECRET);
    expect(Buffer.from(authorization!).toString('base64')).not.toContain(
      Buffer.from(FAKE_SECRET).toString('base64'),
    );
  });

  it('signs the x-k8s-aws-id of authMetadata, or the cluster name without one', async () => {
    // Only `Date` is frozen (the signing time), so that tokens compare.
    jest.useFakeTimers({
      now: SIGNED_AT,
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'requestIdleCallback',
        'cancelIdleCallback',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
    });
    const byName = await read(server.cluster({ authMetadata: undefined }));
    const byId = await read(
      server.cluster({
        name: 'renamed',
        authMetadata: { 'kubernetes.io/x-k8s-aws-id': 'eks-dev' },
      }),
    );
    const otherId = await read(
      server.cluster({
        authMetadata: { 'kubernetes.io/x-k8s-aws-id': 'eks-prod' },
      }),
    );
    expect(presignedUrl(byName).searchParams.get('X-Amz-Date')).toBe(
      '20260115T120000Z',
    );
    expect(byId).toBe(byName);
    expect(presignedUrl(otherId).searchParams.get('X-Amz-Signature')).not.toBe(
      presignedUrl(byName).searchParams.get('X-Amz-Signature'),
    );
  });

  it('still sends serviceAccount tokens and nothing for localKubectlProxy', async () => {
    expect(
      await read(
        server.cluster({
          authProvider: 'serviceAccount',
          serviceAccountToken: 'compliance-reader-token-0123',
        }),
      ),
    ).toBe('Bearer compliance-reader-token-0123');
    expect(
      await read(server.cluster({ authProvider: 'localKubectlProxy' })),
    ).toBeUndefined();
  });

  it.each(['google', 'oidc', 'azure', 'aks', 'googleServiceAccount'])(
    'refuses authProvider %s naming it, before any request',
    async authProvider => {
      const error = await failure(read(server.cluster({ authProvider })));
      expect(error.kind).toBe('unsupported-auth');
      expect(error.message).toBe(
        `the compliance collector reads clusters with authProvider serviceAccount (a read-only token), aws or localKubectlProxy; eks-dev uses ${authProvider}`,
      );
      expect(server.authorizations).toEqual([]);
    },
  );
});

describe('ClusterCredentials for authProvider aws without AWS credentials', () => {
  const server = recordingServer();
  awsEnvironment(() => ({ AWS_REGION: 'eu-west-1' }));

  it('gives the cluster an unauthorized error and sends nothing', async () => {
    const client = new KubernetesApiClient(server.cluster(), {
      timeoutMs: 5000,
      credentials: new ClusterCredentials(),
    });
    const error = await failure(client.get('/api'));
    expect(error.kind).toBe('unauthorized');
    expect(error.message).toMatch(
      /^eks-dev uses authProvider aws and no AWS token could be made: .*credentials/i,
    );
    expect(server.authorizations).toEqual([]);
  });
});

const STS_XMLNS = 'https://sts.amazonaws.com/doc/2011-06-15/';
const TEMPORARY_KEY_ID = 'ASIATEMPORARYREADER1';
const ROLE_ARN = 'arn:aws:iam::123456789012:role/compliance-reader';

/**
 * A local stand-in for AWS STS (the SDK reaches it through
 * AWS_ENDPOINT_URL_STS): it answers GetCallerIdentity, and AssumeRole with
 * temporary credentials unless `refuse` is set.
 */
function localSts() {
  let server: http.Server;
  const calls: URLSearchParams[] = [];
  const state = { refuse: false };
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', chunk => {
        body += chunk;
      });
      req.on('end', () => {
        const params = new URLSearchParams(body);
        calls.push(params);
        res.setHeader('content-type', 'text/xml');
        if (params.get('Action') === 'GetCallerIdentity') {
          res.end(
            `<GetCallerIdentityResponse xmlns="${STS_XMLNS}"><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/ci</Arn><UserId>AIDAFAKE</UserId><Account>123456789012</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
          );
        } else if (state.refuse) {
          res.statusCode = 403;
          res.end(
            `<ErrorResponse xmlns="${STS_XMLNS}"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>not authorized to perform sts:AssumeRole on ${ROLE_ARN}</Message></Error><RequestId>2</RequestId></ErrorResponse>`,
          );
        } else {
          res.end(
            `<AssumeRoleResponse xmlns="${STS_XMLNS}"><AssumeRoleResult><Credentials><AccessKeyId>${TEMPORARY_KEY_ID}</AccessKeyId><SecretAccessKey>temporary-secret</SecretAccessKey><SessionToken>temporary-session-token</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials><AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/compliance-reader/s</Arn><AssumedRoleId>AROAFAKE:s</AssumedRoleId></AssumedRoleUser></AssumeRoleResult><ResponseMetadata><RequestId>3</RequestId></ResponseMetadata></AssumeRoleResponse>`,
          );
        }
      });
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>(resolve => server.close(() => resolve())));
  beforeEach(() => {
    calls.splice(0);
    state.refuse = false;
  });
  const url = () =>
    `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, calls, state };
}

describe('ClusterCredentials for authProvider aws with an assumed role', () => {
  const server = recordingServer();
  const sts = localSts();
  awsEnvironment(() => ({
    AWS_ACCESS_KEY_ID: FAKE_KEY_ID,
    AWS_SECRET_ACCESS_KEY: FAKE_SECRET,
    AWS_REGION: 'eu-west-1',
    AWS_ENDPOINT_URL_STS: sts.url(),
  }));

  const assumingCluster = () =>
    server.cluster({
      authMetadata: {
        'kubernetes.io/aws-assume-role': ROLE_ARN,
        'kubernetes.io/aws-external-id': 'compliance-external-id',
        'kubernetes.io/x-k8s-aws-id': 'eks-dev',
      },
    });
  const client = () =>
    new KubernetesApiClient(assumingCluster(), {
      timeoutMs: 5000,
      credentials: new ClusterCredentials({ config: new ConfigReader({}) }),
    });

  it('assumes the role through STS and signs with its temporary credentials', async () => {
    await client().get('/api');
    const assumeRole = sts.calls.find(c => c.get('Action') === 'AssumeRole');
    expect(assumeRole?.get('RoleArn')).toBe(ROLE_ARN);
    expect(assumeRole?.get('ExternalId')).toBe('compliance-external-id');
    const url = presignedUrl(server.authorizations.at(-1));
    expect(url.searchParams.get('Action')).toBe('GetCallerIdentity');
    expect(url.searchParams.get('X-Amz-Credential')).toMatch(
      new RegExp(`^${TEMPORARY_KEY_ID}/`),
    );
    expect(url.searchParams.get('X-Amz-Security-Token')).toBe(
      'temporary-session-token',
    );
  });

  it('reports a refused assume-role as the cluster being unauthorized', async () => {
    sts.state.refuse = true;
    const error = await failure(client().get('/api'));
    expect(error.kind).toBe('unauthorized');
    expect(error.message).toBe(
      `eks-dev uses authProvider aws and no AWS token could be made: not authorized to perform sts:AssumeRole on ${ROLE_ARN}`,
    );
    expect(error.message).not.toContain(FAKE_SECRET);
    expect(server.authorizations).toEqual([]);
  });
});

describe('ClusterCredentials with a strategy that answers badly', () => {
  it('cuts a strategy that does not answer at the request timeout', async () => {
    const client = new KubernetesApiClient(
      {
        name: 'eks-slow',
        url: 'http://127.0.0.1:1',
        authProvider: 'aws',
        skipTLSVerify: true,
      },
      {
        timeoutMs: 200,
        credentials: {
          token: () => new Promise<never>(() => {}),
        } as unknown as ClusterCredentials,
      },
    );
    const error = await failure(client.get('/api'));
    expect(error).toMatchObject({
      kind: 'timeout',
      message: 'eks-slow: no credentials within 200 ms',
    });
  });
});
