import { SCHEDULED_JOBS, SERVICE_TEMPLATE } from '../seedFacts';
import { seeded } from '../seededRandom';
import { WorkloadPlan } from '../workloadPlan';
import {
  imageFor,
  iso,
  KubeObject,
  objectMeta,
  workloadLabels,
} from './objectMeta';

const DAY_MS = 86_400_000;

/**
 * The last time a daily `M H * * *` schedule fired before `now` (UTC). The
 * seeds' service-owned jobs are all daily; other schedules count as daily.
 */
export function lastDailyRun(schedule: string, now: Date): Date {
  const [minute, hour] = schedule.split(' ').map(Number);
  const run = new Date(now);
  run.setUTCHours(
    Number.isFinite(hour) ? hour : 0,
    Number.isFinite(minute) ? minute : 0,
    0,
    0,
  );
  return run.getTime() > now.getTime() ? new Date(run.getTime() - DAY_MS) : run;
}

/** 001 §8.6.8: each service-owned CronJob and the Job of its last run. */
export function buildScheduledJobs(plan: WorkloadPlan): KubeObject[] {
  const [current] = plan.replicaSets;
  return SCHEDULED_JOBS.filter(
    job => job.service === plan.component.name,
  ).flatMap(job => {
    const name = `${plan.component.kubernetesId}-${job.name}`;
    const labels = { ...workloadLabels(plan), 'localplus.io/job': job.name };
    const scheduledAt = lastDailyRun(job.schedule, plan.now);
    const finishedAt = new Date(
      scheduledAt.getTime() +
        seeded(plan.env.cluster, name).int(40, 300) * 1000,
    );
    const jobTemplate = {
      spec: {
        backoffLimit: 2,
        template: {
          spec: {
            restartPolicy: 'OnFailure',
            containers: [
              {
                name: job.name,
                image: imageFor(plan, current.deployment.commit.sha),
                command: [
                  'python',
                  '-m',
                  `app.jobs.${job.name.replace(/-/g, '_')}`,
                ],
                resources: {
                  requests: { ...SERVICE_TEMPLATE.requests },
                  limits: { ...SERVICE_TEMPLATE.limits },
                },
              },
            ],
          },
        },
      },
    };
    const cronJob: KubeObject = {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: objectMeta('CronJob', {
        name,
        namespace: plan.namespace,
        cluster: plan.env.cluster,
        createdAt: plan.history[0].deployStartedAt,
        labels,
        annotations: { 'localplus.io/description': job.description },
      }),
      spec: {
        schedule: job.schedule,
        timeZone: 'Etc/UTC',
        concurrencyPolicy: 'Forbid',
        suspend: false,
        successfulJobsHistoryLimit: 3,
        failedJobsHistoryLimit: 1,
        jobTemplate,
      },
      status: {
        lastScheduleTime: iso(scheduledAt),
        lastSuccessfulTime: iso(finishedAt),
      },
    };
    // The CronJob controller names a Job after the scheduled time in minutes.
    const jobName = `${name}-${Math.floor(scheduledAt.getTime() / 60_000)}`;
    const lastRun: KubeObject = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: objectMeta('Job', {
        name: jobName,
        namespace: plan.namespace,
        cluster: plan.env.cluster,
        createdAt: scheduledAt,
        labels: { ...labels, 'batch.kubernetes.io/job-name': jobName },
        owner: cronJob,
      }),
      spec: { ...jobTemplate.spec, completions: 1, parallelism: 1 },
      status: {
        startTime: iso(scheduledAt),
        completionTime: iso(finishedAt),
        succeeded: 1,
        ready: 0,
        conditions: [
          {
            type: 'SuccessCriteriaMet',
            status: 'True',
            lastTransitionTime: iso(finishedAt),
          },
          {
            type: 'Complete',
            status: 'True',
            lastTransitionTime: iso(finishedAt),
          },
        ],
      },
    };
    return [cronJob, lastRun];
  });
}
