export interface Config {
  oncall?: {
    /**
     * The PagerDuty rotation provider. Without `token` the module is off: it
     * logs so once and provides no rotations.
     */
    pagerduty?: {
      /**
       * A PagerDuty REST API key; read-only access is enough. Sent as
       * `Authorization: Token token=<key>` to baseUrl only, never logged nor
       * shown. Typically `${PAGERDUTY_TOKEN}`.
       * @visibility secret
       */
      token?: string;
      /**
       * Where the REST API answers. Default https://api.pagerduty.com; the
       * dev stack points it at its PagerDuty simulator. http or https, no
       * credentials, query string or fragment.
       */
      baseUrl?: string;
      /**
       * IANA time zone for schedules whose own time zone is missing or not
       * an IANA name. Default UTC.
       */
      timeZone?: string;
      /**
       * How long one request may take, reading the answer included: "10s",
       * "PT30S" or { seconds: 30 }. Default 10 seconds, at most 2 minutes.
       */
      requestTimeout?:
        | string
        | {
            milliseconds?: number;
            seconds?: number;
            minutes?: number;
          };
      /**
       * Minutes within which a page must be acknowledged, per severity, for
       * every PagerDuty rotation (PagerDuty has no such setting). Replaces
       * the default { P1: 5, P2: 15, P3: 60 } as a whole. 1 to 10080.
       */
      acknowledgeTargets?: {
        P1?: number;
        P2?: number;
        P3?: number;
        P4?: number;
      };
    };
  };
}
