/**
 * LOCAL-PLUS additions to the catalog backend.
 *
 * @packageDocumentation
 */
export { catalogModuleLocalplus as default } from './module';
export {
  fileTextPlaceholderResolver,
  MAX_PLACEHOLDER_FILE_BYTES,
} from './placeholders/fileTextPlaceholderResolver';
