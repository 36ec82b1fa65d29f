export interface Config {
  /** Architecture decision records (@localplus/plugin-adr-backend). */
  adr?: {
    /**
     * How often every entity's decision folder is read again, as a duration
     * (`30m`, `PT30M`, `{ minutes: 30 }`). From 1 minute to 1 day; defaults
     * to 30 minutes. One replica does it for all (the index is shared).
     */
    refreshInterval?: string | { [unit: string]: number };
    /** Where new records go (POST /records). */
    authoring?: {
      /**
       * `github` (the default): a pull request on the decision folder's
       * repository. `local` (development only): a commit in
       * `localRepository`, indexed at once.
       */
      target?: 'github' | 'local';
      /**
       * The development repository new records are committed to, absolute
       * or relative to the backend's working directory. Required when
       * `target` is `local`.
       */
      localRepository?: string;
    };
    /** The review queue (GET /review). */
    review?: {
      /**
       * Whether open GitHub pull requests touching decision folders are
       * listed. Defaults to true when `authoring.target` is `github`, false
       * otherwise.
       */
      pullRequests?: boolean;
    };
  };
}
