import { DeployableComponent } from '../catalog/deployableComponents';
import { COMMITS_PER_COMPONENT, PROMOTION_SCHEDULE } from './scenarios';
import { EnvironmentName } from './seedFacts';
import { seeded } from './seededRandom';

export interface CommitAuthor {
  name: string;
  email: string;
}

export interface Commit {
  sha: string;
  author: CommitAuthor;
  date: Date;
  message: string;
}

/** One sync of a component into an environment, as Argo CD records it. */
export interface DeploymentRecord {
  /** Argo CD history id: increments by one per sync of the application. */
  id: number;
  commit: Commit;
  deployStartedAt: Date;
  deployedAt: Date;
  /** The person who approved a manual sync; undefined for an automated one. */
  initiatedBy?: string;
}

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

const FALLBACK_AUTHOR: CommitAuthor = {
  name: 'LOCAL-PLUS CI',
  email: 'ci@localplus.example',
};

const MESSAGE_TEMPLATES: ReadonlyArray<(area: string) => string> = [
  area => `feat(${area}): paginate list endpoints`,
  area => `fix(${area}): retry Kafka publish after a broker failover`,
  area => `perf(${area}): cache hot reads in Valkey`,
  () => 'chore(deps): weekly dependency update',
  area => `fix(${area}): return 409 on a replayed idempotency key`,
  () => 'ci: pin reusable workflows to a commit sha',
  area => `refactor(${area}): split request handlers by resource`,
  area => `feat(${area}): export request latency histogram`,
  () => 'fix(k8s): raise readiness probe timeout in the staging overlay',
  area => `docs(${area}): link the runbook from the README`,
];

function areaOf(component: DeployableComponent): string {
  return component.name.replace(/^(svc|platform)-/, '');
}

function authorsOf(component: DeployableComponent): CommitAuthor[] {
  return component.maintainers.length > 0
    ? component.maintainers.map(m => ({ name: m.displayName, email: m.email }))
    : [FALLBACK_AUTHOR];
}

/**
 * The component's recent commits on `main`, oldest first, about 30 hours
 * apart. With `freshCommit`, one more commit was merged six minutes ago.
 */
export function buildCommitChain(
  component: DeployableComponent,
  now: Date,
  options: { freshCommit: boolean },
): Commit[] {
  const authors = authorsOf(component);
  const area = areaOf(component);
  const start = seeded(component.name, 'messages').int(
    0,
    MESSAGE_TEMPLATES.length - 1,
  );
  const total = COMMITS_PER_COMPONENT + (options.freshCommit ? 1 : 0);
  const commits: Commit[] = [];
  for (let index = 0; index < total; index++) {
    const random = seeded(component.name, 'commit', index);
    const isFresh = options.freshCommit && index === total - 1;
    const stepsBack = COMMITS_PER_COMPONENT - index;
    const date = isFresh
      ? new Date(now.getTime() - 6 * MINUTE_MS)
      : new Date(
          now.getTime() -
            stepsBack * 30 * HOUR_MS -
            random.int(0, 5 * 60) * MINUTE_MS,
        );
    commits.push({
      sha: random.hex(40),
      author: random.pick(authors),
      date,
      message:
        MESSAGE_TEMPLATES[(start + index) % MESSAGE_TEMPLATES.length](area),
    });
  }
  return commits;
}

/** How long after the merge a commit reached each environment. */
function deployDelayMs(
  environment: EnvironmentName,
  random: ReturnType<typeof seeded>,
): number {
  switch (environment) {
    case 'dev':
      // 002 "Deployment SLA": Git to dev in under 5 minutes.
      return random.int(2 * 60, 4 * 60) * 1000;
    case 'staging':
      return random.int(60, 6 * 60) * MINUTE_MS;
    default:
      return random.int(26 * 60, 40 * 60) * MINUTE_MS;
  }
}

/** The syncs of one component into one environment, oldest first. */
export function buildDeploymentRecords(
  component: DeployableComponent,
  environment: EnvironmentName,
  commits: Commit[],
): DeploymentRecord[] {
  const firstId = seeded(component.name, environment, 'history').int(4, 60);
  const authors = authorsOf(component);
  return PROMOTION_SCHEDULE[environment]
    .filter(stepsBack => stepsBack <= commits.length)
    .map((stepsBack, index) => {
      const commit = commits[commits.length - stepsBack];
      const random = seeded(component.name, environment, 'deploy', stepsBack);
      const deployStartedAt = new Date(
        commit.date.getTime() + deployDelayMs(environment, random),
      );
      return {
        id: firstId + index,
        commit,
        deployStartedAt,
        deployedAt: new Date(
          deployStartedAt.getTime() + random.int(30, 120) * 1000,
        ),
        ...(environment !== 'dev' && {
          initiatedBy: random.pick(authors).email,
        }),
      };
    });
}
