export interface Config {
  localplus?: {
    catalog?: {
      /**
       * Development only: also accept `file` locations through the catalog
       * API, so the scaffolder's local publisher can register what it creates.
       * Never enable in production: any signed-in user could register a path
       * on the backend's disk.
       */
      allowFileLocations?: boolean;
    };
  };
}
