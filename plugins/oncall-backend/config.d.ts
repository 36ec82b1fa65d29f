export interface Config {
  /** On-call: rotations, overrides, pages and calendar feeds (@localplus/plugin-oncall-backend). */
  oncall?: {
    /**
     * How often every provider's rotations are read again (rotation files,
     * PagerDuty schedules), as a duration string (`5m`, `PT5M`). From 30
     * seconds to 1 day; defaults to 5 minutes.
     */
    refreshInterval?: string;
    /** Weeks ahead the coverage audit looks by default, 1 to 12. Defaults to 4. */
    coverageWeeks?: number;
    /** Pages from Alertmanager's webhook. */
    pages?: {
      /**
       * Shared secret Alertmanager sends as a bearer token to the webhook;
       * without it the webhook refuses every call.
       * @visibility secret
       */
      webhookSecret?: string;
      /**
       * Severity of a page from its alert's `severity` label value, e.g.
       * `{ critical: P1, page: P2, ticket: P3 }`. Values are P1 to P4.
       */
      severityFromLabels?: { [labelValue: string]: string };
      /** How often unacknowledged pages are escalated (`1m`); defaults to 1 minute. */
      escalationCheckInterval?: string;
    };
    /** Calendar (iCal) feeds behind signed links. */
    calendar?: {
      /**
       * Key that signs the calendar feed links; without it no link can be made.
       * @visibility secret
       */
      signingSecret?: string;
      /** Public base URL of the feeds, when it differs from the backend's. */
      baseUrl?: string;
    };
  };
}
