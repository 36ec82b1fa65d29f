import { Config } from '@backstage/config';

/** The header the demo users auth provider reads (its package's DEMO_USER_HEADER). */
export const DEMO_USER_HEADER = 'x-localplus-demo-user';
/** The auth provider id of the demo users module. */
export const DEMO_USERS_PROVIDER = 'demoUsers';

/** A demo person offered on the development sign-in page. */
export interface DemoUser {
  user: string;
  name: string;
  persona: string;
  sees: string;
}

/** Reads `localplus.signIn.demoUsers`. */
export function readDemoUsers(config: Config): DemoUser[] {
  return (
    config.getOptionalConfigArray('localplus.signIn.demoUsers') ?? []
  ).map(entry => ({
    user: entry.getString('user'),
    name: entry.getString('name'),
    persona: entry.getString('persona'),
    sees: entry.getString('sees'),
  }));
}
