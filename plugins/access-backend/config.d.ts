import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  localplus?: {
    /**
     * The access model. `roles` and `rules` are read by
     * @localplus/plugin-access-node; the keys below by the Access backend.
     */
    access?: {
      /** The audit trail of allowed and denied mutating actions. */
      auditTrail?: {
        /**
         * Days an audit event is kept, 30 to 3650. Defaults to 400: SOC 2
         * evidence covers a year, read some weeks after it closes.
         */
        retentionDays?: number;
        /** When events past retention are deleted. Defaults to daily. */
        purgeSchedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
      /**
       * The plugins whose permissions the matrix lists, read from each one's
       * `/.well-known/backstage/permissions/metadata`. Defaults to catalog,
       * scaffolder, kubernetes, slo and access: the installed plugins that
       * register permissions. A plugin added later with permissions of its
       * own (on-call, ADRs, compliance) must be added here.
       */
      matrixPlugins?: string[];
    };
  };
}
