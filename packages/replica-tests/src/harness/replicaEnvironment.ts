import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  Devstack,
  devstackConfigFromEnv,
  startDevstack,
} from '@localplus/devstack';
import { findFreePort } from '@localplus/server-kit';
import {
  GithubAccount,
  GithubOAuthSimulator,
  startGithubOAuthSimulator,
} from './githubOAuthSimulator';
import { RunningHaproxy, startHaproxy } from './haproxy';
import { dropDatabasesWithPrefix } from './postgres';
import { deleteRedisKeysWithPrefix, REDIS_URL } from './redisKeys';
import { READINESS_PATH, Replica, startReplica } from './replica';

const PACKAGE_ROOT = path.dirname(
  require.resolve('@localplus/replica-tests/package.json'),
);
const REPO_ROOT = path.resolve(PACKAGE_ROOT, '../..');
const TEST_CONFIG = path.join(PACKAGE_ROOT, 'app-config.replicas.yaml');
const REPLICA_START_TIMEOUT_MS = 240_000;

/** The production User entity the test signs in as (catalog/org/users.yaml). */
export const SIGN_IN_ACCOUNT: GithubAccount = {
  login: 'lucas-bernard',
  id: 4_200_017,
  name: 'Lucas Bernard',
  email: 'lucas.bernard@localplus.example',
};

export interface ReplicaEnvironment {
  databasePrefix: string;
  workDir: string;
  devstack: Devstack;
  github: GithubOAuthSimulator;
  haproxy: RunningHaproxy;
  replicas: Record<'a' | 'b', Replica>;
  /** When both replicas were ready (epoch ms). */
  readyAt: number;
  close(): Promise<void>;
}

/** The staged image root, or a clear failure naming how to make one. */
export function stagedArtifactDir(): string {
  const dir = process.env.REPLICA_TEST_ARTIFACT_DIR;
  if (!dir) {
    throw new Error(
      'REPLICA_TEST_ARTIFACT_DIR is not set: stage the image first (scripts/image/stage.sh <dir>) and point it there',
    );
  }
  const entry = path.join(dir, 'packages/backend/dist/instrumentation.cjs.js');
  if (!fs.existsSync(entry)) {
    throw new Error(
      `${dir} is not a staged image (no ${entry}); run scripts/image/stage.sh ${dir}`,
    );
  }
  return path.resolve(dir);
}

/** Closes what `close` names in reverse order, reporting every failure. */
class Teardown {
  readonly #steps: Array<{ what: string; run: () => Promise<unknown> }> = [];

  add(what: string, run: () => Promise<unknown>) {
    this.#steps.push({ what, run });
  }

  async run(): Promise<void> {
    const failures: string[] = [];
    for (const step of this.#steps.reverse()) {
      try {
        await step.run();
      } catch (error) {
        failures.push(`${step.what}: ${(error as Error).message}`);
      }
    }
    this.#steps.length = 0;
    if (failures.length > 0) {
      throw new Error(`teardown failed: ${failures.join('; ')}`);
    }
  }
}

/**
 * Everything the replica test runs against: the dev stack (simulated
 * Kubernetes, Argo CD, PagerDuty and GitHub APIs, a real Prometheus), the
 * GitHub OAuth simulator, two production backends from the staged artifact
 * on the machine's PostgreSQL (databases of this run only) and Redis, and
 * HAProxy in front. A failure half-way stops what had started.
 */
export async function startReplicaEnvironment(): Promise<ReplicaEnvironment> {
  const artifactDir = stagedArtifactDir();
  const runId = randomBytes(3).toString('hex');
  const databasePrefix = `replicas_${runId}_`;
  const workDir = path.join(REPO_ROOT, 'test-results', 'replicas', runId);
  fs.mkdirSync(workDir, { recursive: true });
  const teardown = new Teardown();
  // Credentials made up for the run: production refuses the dev stack's
  // published ones.
  const secret = () => randomBytes(16).toString('hex');
  const tokens = {
    kubernetes: secret(),
    argoCd: secret(),
    pagerDuty: secret(),
    github: secret(),
  };
  try {
    const devstack = await startDevstack(
      devstackConfigFromEnv({
        DEVSTACK_KUBERNETES_TOKEN: tokens.kubernetes,
        DEVSTACK_ARGOCD_TOKEN: tokens.argoCd,
        DEVSTACK_PAGERDUTY_TOKEN: tokens.pagerDuty,
        DEVSTACK_GITHUB_TOKEN: tokens.github,
        DEVSTACK_KUBERNETES_PORT: '0',
        DEVSTACK_ARGOCD_PORT: '0',
        DEVSTACK_PAGERDUTY_PORT: '0',
        DEVSTACK_GITHUB_PORT: '0',
        DEVSTACK_PROMETHEUS: 'on',
        DEVSTACK_PROMETHEUS_PORT: '0',
        DEVSTACK_TRAFFIC_PORT: '0',
        DEVSTACK_PROMETHEUS_DIR: path.join(workDir, 'prometheus'),
        DEVSTACK_ALERTMANAGER: 'off',
      }),
      // Where prometheus and promtool are found (PATH).
      process.env,
    );
    teardown.add('dev stack', () => devstack.close());
    const prometheusUrl = devstack.prometheus.stack?.prometheus.url;
    if (!prometheusUrl) {
      throw new Error(
        `the dev stack started no Prometheus: ${devstack.prometheus
          .describe()
          .join(' ')}`,
      );
    }
    const clientId = `replica-test-${runId}`;
    const clientSecret = secret();
    const github = await startGithubOAuthSimulator({
      clientId,
      clientSecret,
      account: SIGN_IN_ACCOUNT,
    });
    teardown.add('GitHub OAuth simulator', () => github.close());

    const [portA, portB, metricsA, metricsB, haproxyPort] = await Promise.all(
      Array.from({ length: 5 }, () => findFreePort()),
    );
    const publicUrl = `http://127.0.0.1:${haproxyPort}`;
    const env: Record<string, string> = {
      PORTAL_BASE_URL: publicUrl,
      POSTGRES_HOST: '127.0.0.1',
      POSTGRES_PORT: '5432',
      POSTGRES_USER: 'postgres',
      // The machine's PostgreSQL trusts loopback connections.
      POSTGRES_PASSWORD: 'unused-with-trust-authentication',
      CACHE_URL: REDIS_URL,
      REPLICA_TEST_DATABASE_PREFIX: databasePrefix,
      REPLICA_TEST_GITHUB_OAUTH_URL: github.url,
      AUTH_GITHUB_CLIENT_ID: clientId,
      AUTH_GITHUB_CLIENT_SECRET: clientSecret,
      GITHUB_TOKEN: tokens.github,
      DEVSTACK_GITHUB_URL: devstack.github.url,
      DEVSTACK_KUBERNETES_URL: devstack.kubernetes.url,
      DEVSTACK_KUBERNETES_TOKEN: tokens.kubernetes,
      DEVSTACK_PAGERDUTY_URL: devstack.pagerDuty.url,
      ARGOCD_URL: devstack.argoCd.url,
      ARGOCD_TOKEN: tokens.argoCd,
      PAGERDUTY_TOKEN: tokens.pagerDuty,
      PROMETHEUS_PROD_URL: prometheusUrl,
      PROMETHEUS_PROD_PUBLIC_URL: prometheusUrl,
      PROMETHEUS_PROD_TOKEN: 'replica-test-prometheus-token',
      PROMETHEUS_STAGING_URL: prometheusUrl,
      PROMETHEUS_STAGING_PUBLIC_URL: prometheusUrl,
      PROMETHEUS_STAGING_TOKEN: 'replica-test-prometheus-token',
      ONCALL_WEBHOOK_SECRET: secret(),
      ONCALL_CALENDAR_SIGNING_SECRET: secret(),
      // Read by the production file (which refuses to start without them);
      // app-config.replicas.yaml replaces its EKS clusters by the dev stack's.
      EKS_DEV_API_URL: 'https://eks-dev.unused.invalid',
      EKS_STAGING_API_URL: 'https://eks-staging.unused.invalid',
      EKS_PROD_API_URL: 'https://eks-prod.unused.invalid',
      EKS_DEV_CA_DATA: 'dW51c2Vk',
      EKS_STAGING_CA_DATA: 'dW51c2Vk',
      EKS_PROD_CA_DATA: 'dW51c2Vk',
      EKS_READER_ROLE_ARN: 'arn:aws:iam::000000000000:role/unused',
    };
    // Databases and Redis keys are created by the replicas; remove them
    // whatever happens.
    teardown.add('databases', () => dropDatabasesWithPrefix(databasePrefix));
    teardown.add('Redis keys', () => deleteRedisKeysWithPrefix(databasePrefix));
    const replicaOf = (name: string, port: number, metricsPort: number) =>
      startReplica({
        name,
        artifactDir,
        extraConfigFile: TEST_CONFIG,
        port,
        metricsPort,
        workDir: path.join(workDir, `replica-${name}`),
        env,
        startTimeoutMs: REPLICA_START_TIMEOUT_MS,
      });
    // One after the other, as a rolling deployment starts them: two
    // replicas migrating one fresh database at once fail (knex refuses a
    // locked migration table instead of waiting for it).
    const a = await replicaOf('a', portA, metricsA);
    teardown.add('replica a', () => a.stop());
    const b = await replicaOf('b', portB, metricsB);
    teardown.add('replica b', () => b.stop());
    const readyAt = Date.now();
    const haproxy = await startHaproxy({
      workDir: path.join(workDir, 'haproxy'),
      port: haproxyPort,
      servers: [
        { name: 'a', port: portA },
        { name: 'b', port: portB },
      ],
      healthPath: READINESS_PATH,
    });
    teardown.add('HAProxy', () => haproxy.stop());
    await haproxy.waitForState('a', 'UP', 10_000);
    await haproxy.waitForState('b', 'UP', 10_000);
    return {
      databasePrefix,
      workDir,
      devstack,
      github,
      haproxy,
      replicas: { a, b },
      readyAt,
      close: () => teardown.run(),
    };
  } catch (error) {
    await teardown.run().catch(() => undefined);
    throw error;
  }
}
