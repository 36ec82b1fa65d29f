/**
 * The folder of an entity's decision records, relative to the entity's
 * catalog file (or a URL). The community ADR plugin's annotation, so
 * repositories already annotated for it work unchanged.
 */
export const ADR_LOCATION_ANNOTATION = 'backstage.io/adr-location';

/** Decision files larger than this are reported, not read. */
export const MAX_DECISION_FILE_BYTES = 1024 * 1024;

/** Folders with more markdown files than this are read up to the limit and reported. */
export const MAX_DECISIONS_PER_FOLDER = 1000;
