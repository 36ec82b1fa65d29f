import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  search?: {
    collators?: {
      adr?: {
        /**
         * When the decision log is read into the search index. Default:
         * every 10 minutes, at most 5 minutes per run, first run 20 seconds
         * after startup.
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
    };
  };
}
