export interface Config {
  compliance?: {
    /** The GitHub evidence collector (`github.branch-protection`: branch protection and rulesets). */
    github?: {
      /**
       * The REST API root. Default https://api.github.com; a GitHub
       * Enterprise Server's is https://<host>/api/v3; the dev stack points it
       * at its GitHub simulator. http or https, no credentials, query string
       * or fragment.
       */
      baseUrl?: string;
      /**
       * A token that may read the repositories' administration settings
       * (branch protection), and see who may bypass their rulesets (GitHub
       * lists that only to a token that may edit the ruleset, an
       * organisation's included). Without it, the token of the
       * integrations.github entry serving baseUrl is used (github.com's
       * when baseUrl is not set); a github.com token is never sent
       * elsewhere. Never logged nor shown.
       * @visibility secret
       */
      token?: string;
      /**
       * Repositories read per evaluation run at most, the first by slug;
       * the others are reported as not read. Default 2000, at most 100000.
       */
      maxRepositories?: number;
      /**
       * One request to GitHub, in seconds: a repository GitHub does not
       * answer in time is reported as not read. 1 to 300, default 20.
       */
      requestTimeoutSeconds?: number;
    };
  };
}
