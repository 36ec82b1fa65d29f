/**
 * Validation of the API definitions bundled with the catalog.
 *
 * @packageDocumentation
 */
export { bufLint, bufBinary } from './bufLint';
export { validateOpenApi } from './validateOpenApi';
export { validateAsyncApi } from './validateAsyncApi';
