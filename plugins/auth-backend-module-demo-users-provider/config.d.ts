export interface Config {
  auth?: {
    providers?: {
      /**
       * Development only: sign in as one of these catalog users, chosen by
       * the `x-localplus-demo-user` request header. The production backend
       * refuses to start while this provider is configured.
       */
      demoUsers?: {
        /** Names of User entities in the default namespace, e.g. `alice`. */
        users: string[];
      };
    };
  };
}
