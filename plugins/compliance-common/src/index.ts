/**
 * Isomorphic building blocks of LOCAL-PLUS compliance: the control model,
 * permissions and the Compliance API's types.
 *
 * @packageDocumentation
 */
export * from './model';
export * from './api';
export * from './permissions';
export * from './controlFiles';
