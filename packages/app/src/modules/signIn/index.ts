import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';

const signInPage = SignInPageBlueprint.make({
  params: {
    loader: async () => (await import('./SignInPage')).SignInPage,
  },
});

/** The portal's sign-in page: demo personas and guest in development, GitHub in production. */
export const signInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [signInPage],
});
