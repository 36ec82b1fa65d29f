export interface Config {
  /** Settings of the LOCAL-PLUS portal frontend. */
  localplus?: {
    signIn?: {
      /**
       * Sign-in providers offered on the sign-in page, in order. `guest` and
       * `demoUsers` are for development only: the production backend refuses
       * to start with either enabled.
       * @visibility frontend
       */
      providers?: Array<'guest' | 'github' | 'demoUsers'>;
      /**
       * The demo users offered as buttons when `demoUsers` is a provider.
       * The backend signs in only those listed in auth.providers.demoUsers.
       * @deepVisibility frontend
       */
      demoUsers?: Array<{
        /** The User entity's name in the default namespace. */
        user: string;
        name: string;
        persona: string;
        /** What their home page shows, in one line. */
        sees: string;
      }>;
    };
    /**
     * The home page by persona.
     * @deepVisibility frontend
     */
    home?: {
      /** The persona of someone none applies to (default: the last listed). */
      defaultPersona?: string;
      /**
       * In priority order: someone holding several starts on the first and
       * can switch to the others.
       */
      personas?: Array<{
        id: string;
        title: string;
        description?: string;
        /** Groups that grant the persona; members of their sub-groups too. */
        groups: string[];
        /** The persona's default grid: widget names and positions (12 columns, 60 px rows). */
        layout: Array<{
          component: string;
          column: number;
          row: number;
          width: number;
          height: number;
          movable?: boolean;
          deletable?: boolean;
          resizable?: boolean;
        }>;
      }>;
      /** TechDocs pages listed by the Runbooks, Compliance documents and Decision log widgets. */
      docs?: {
        /** The docs entity whose site holds the pages (default component:default/docs). */
        entity?: string;
        runbooks?: Array<{ title: string; path: string; description?: string }>;
        compliance?: Array<{
          title: string;
          path: string;
          description?: string;
        }>;
      };
    };
  };
}
