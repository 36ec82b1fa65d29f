/**
 * Validators for the API definitions bundled with the catalog, used by this
 * package's own tests.
 *
 * @packageDocumentation
 */
export { validateOpenApi } from './validateOpenApi';
export { validateAsyncApi } from './validateAsyncApi';
