/**
 * The Access evidence collector of the LOCAL-PLUS compliance backend:
 * `access.policy`, `access.admins` and `access.audit-trail`, read from the
 * Access backend over HTTP.
 *
 * @packageDocumentation
 */
export { complianceModuleAccessCollector as default } from './module';
export { AccessCollector } from './AccessCollector';
export { AccessApiClient } from './client/AccessApiClient';
