/**
 * Reads the file or folder an entity points at by annotation, relative to
 * the entity's own catalog file, for the LOCAL-PLUS backends (OpenSLO
 * documents, rotation files, decision folders).
 *
 * @packageDocumentation
 */
export {
  readEntityRelativeFile,
  type EntityRelativeFile,
  type ReadEntityRelativeFileOptions,
} from './readEntityRelativeFile';
export {
  readFolderInsideFolder,
  type FolderContents,
  type FolderFile,
  type ReadFolderInsideFolderOptions,
  type SkippedFolderFile,
} from './readFolderInsideFolder';
export { annotatedReference, managedByLocation } from './entityLocation';
