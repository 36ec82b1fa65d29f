import {
  SignInPage as CoreSignInPage,
  SignInProviderConfig,
} from '@backstage/core-components';
import {
  configApiRef,
  githubAuthApiRef,
  useApi,
} from '@backstage/core-plugin-api';
import { SignInPageProps } from '@backstage/plugin-app-react';
import { DemoSignInPage } from './DemoSignInPage';
import { DEMO_USERS_PROVIDER, readDemoUsers } from './demoUsers';

const githubProvider: SignInProviderConfig = {
  id: 'github-auth-provider',
  title: 'GitHub',
  message: 'Sign in with your LOCAL-PLUS GitHub account',
  apiRef: githubAuthApiRef,
};

/**
 * Offers the providers listed in `localplus.signIn.providers`: the demo
 * personas and guest in the development config, GitHub in production.
 * Defaults to GitHub so a config that forgets the key never falls back to
 * guest access.
 */
export const SignInPage = (props: SignInPageProps) => {
  const config = useApi(configApiRef);
  const configured = config.getOptionalStringArray(
    'localplus.signIn.providers',
  ) ?? ['github'];
  if (configured.includes(DEMO_USERS_PROVIDER)) {
    return (
      <DemoSignInPage
        {...props}
        demoUsers={readDemoUsers(config)}
        guest={configured.includes('guest')}
      />
    );
  }
  const providers = configured.map(id =>
    id === 'guest' ? 'guest' : githubProvider,
  );
  return (
    <CoreSignInPage
      {...props}
      title="LOCAL-PLUS Developer Portal"
      align="center"
      providers={providers as Array<'guest' | SignInProviderConfig>}
    />
  );
};
