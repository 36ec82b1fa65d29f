import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  RootConfigService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';

export const ADR_COLLATOR_SCHEDULE_KEY = 'search.collators.adr.schedule';

/**
 * Decisions change with a merged pull request, so a few minutes' delay is
 * fine; the first run waits for the ADR backend to have read its folders.
 */
export const DEFAULT_ADR_COLLATOR_SCHEDULE: SchedulerServiceTaskScheduleDefinition =
  {
    frequency: { minutes: 10 },
    timeout: { minutes: 5 },
    initialDelay: { seconds: 20 },
  };

/** The collator's schedule from `search.collators.adr.schedule`, or the default. */
export function readAdrCollatorSchedule(
  config: RootConfigService,
): SchedulerServiceTaskScheduleDefinition {
  const scheduleConfig = config.getOptionalConfig(ADR_COLLATOR_SCHEDULE_KEY);
  if (!scheduleConfig) {
    return DEFAULT_ADR_COLLATOR_SCHEDULE;
  }
  try {
    return readSchedulerServiceTaskScheduleDefinitionFromConfig(scheduleConfig);
  } catch (error) {
    throw new Error(
      `Invalid ${ADR_COLLATOR_SCHEDULE_KEY} config: ${
        (error as Error).message
      }`,
    );
  }
}
