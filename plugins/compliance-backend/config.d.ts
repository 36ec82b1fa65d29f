export interface Config {
  /** Compliance evidence (@localplus/plugin-compliance-backend and its collector modules). */
  compliance?: {
    /**
     * The control files: YAML files or folders of them (read recursively,
     * hidden entries skipped), relative to the backend's working directory.
     * Each file holds Framework and Control documents
     * (`apiVersion: compliance.localplus.io/v1`). At most 500 files of at
     * most 1 MiB each; an invalid file stops the backend at startup with the
     * file, document and field at fault.
     */
    controls?: string[];
    /**
     * Days of history the checks over time look at (rotation gaps, page
     * acknowledgements, audit trail activity). From 1 to 366; defaults to 30.
     */
    lookbackDays?: number;
    /**
     * The longest audit period the API answers for, in days. Defaults to 366.
     */
    maxPeriodDays?: number;
    /**
     * The furthest an exemption may expire, in days after it is asked for.
     * Defaults to 365.
     */
    maxExemptionDays?: number;
    /** When evaluations run by themselves (once across replicas). */
    schedule?: {
      /**
       * How often, as a duration (`{ hours: 6 }`, `6h`, `PT6H`). From 1
       * minute to 31 days; defaults to 6 hours. Also the frequency of
       * `continuous` controls when coverage is computed.
       */
      frequency?: string | { [unit: string]: number };
      /** How long after startup the first run may start. Defaults to 1 minute. */
      initialDelay?: string | { [unit: string]: number };
      /**
       * After how long a run is considered lost and another replica may
       * start one. Defaults to 30 minutes.
       */
      timeout?: string | { [unit: string]: number };
    };
    /**
     * How long one evidence collector may take before its checks are
     * recorded as `error`. From 1 second to 1 hour; defaults to 2 minutes.
     */
    collectorTimeout?: string | { [unit: string]: number };
    /** The system the assessment is about, as named in the OSCAL export. */
    system?: {
      /** e.g. `LOCAL-PLUS platform`. */
      title?: string;
      /** e.g. `production`. */
      version?: string;
    };
    /** The `github` evidence collector (@localplus/plugin-compliance-backend-module-github). */
    github?: {
      /**
       * A token that can read branch protection of the repositories.
       * Defaults to the first `integrations.github` token.
       * @visibility secret
       */
      token?: string;
      /**
       * The GitHub REST API base URL, for GitHub Enterprise or the dev
       * stack's simulator. Defaults to https://api.github.com.
       */
      baseUrl?: string;
    };
  };
}
