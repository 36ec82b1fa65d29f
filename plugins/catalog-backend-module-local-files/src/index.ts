/**
 * Catalog module for catalogs kept on disk: `$text` files beside entities and
 * `file` locations where configuration allows them.
 *
 * @packageDocumentation
 */
export { catalogModuleLocalFiles as default } from './module';
export { catalogModuleLocalFiles } from './module';
export {
  fileTextPlaceholderResolver,
  MAX_PLACEHOLDER_FILE_BYTES,
} from './placeholders/fileTextPlaceholderResolver';
