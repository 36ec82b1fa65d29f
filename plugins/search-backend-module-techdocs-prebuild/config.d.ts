export interface Config {
  localplus?: {
    techdocs?: {
      /**
       * Development only: build the TechDocs kept beside their entities
       * (`dir:` references) after startup and index them for search, so a
       * fresh portal finds a runbook by its title.
       */
      prebuildLocalDocs?: boolean;
    };
  };
}
