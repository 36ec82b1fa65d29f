/**
 * Reads the file an entity points at by annotation, relative to the entity's
 * own catalog file, for the LOCAL-PLUS backends (OpenSLO documents, rotation
 * files).
 *
 * @packageDocumentation
 */
export {
  readEntityRelativeFile,
  type EntityRelativeFile,
  type ReadEntityRelativeFileOptions,
} from './readEntityRelativeFile';
