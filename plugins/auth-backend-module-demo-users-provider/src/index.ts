/**
 * Development only: sign in as one of the demo users listed in
 * `auth.providers.demoUsers.users`, chosen by a request header.
 *
 * @packageDocumentation
 */
export { authModuleDemoUsersProvider as default } from './module';
export { DEMO_USERS_PROVIDER_ID } from './module';
export { DEMO_USER_HEADER } from './demoUsersAuthenticator';
