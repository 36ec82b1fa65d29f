import { useState } from 'react';
import {
  Content,
  Header,
  InfoCard,
  Page,
  ProxiedSignInPage,
} from '@backstage/core-components';
import { IdentityApi } from '@backstage/core-plugin-api';
import { SignInPageProps } from '@backstage/plugin-app-react';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { DEMO_USER_HEADER, DEMO_USERS_PROVIDER, DemoUser } from './demoUsers';

/** Remembers the choice so a reload signs the same person in again. */
const CHOICE_KEY = 'localplus:demoSignIn';

type Choice = { provider: string; user?: string };

function rememberedChoice(): Choice | undefined {
  try {
    const stored = window.localStorage.getItem(CHOICE_KEY);
    return stored ? (JSON.parse(stored) as Choice) : undefined;
  } catch {
    return undefined;
  }
}

/** Signing out forgets the choice, so the sign-in page shows again. */
function forgetOnSignOut(identity: IdentityApi): IdentityApi {
  return {
    getProfileInfo: () => identity.getProfileInfo(),
    getBackstageIdentity: () => identity.getBackstageIdentity(),
    getCredentials: () => identity.getCredentials(),
    signOut: async () => {
      window.localStorage.removeItem(CHOICE_KEY);
      await identity.signOut();
    },
  };
}

/**
 * Development sign-in: one card per demo persona (who they are and what
 * their home shows) and the guest. Both go through proxy providers of the
 * auth backend; the demo user is named by a request header.
 */
export function DemoSignInPage(
  props: SignInPageProps & { demoUsers: DemoUser[]; guest: boolean },
) {
  const { demoUsers, guest, onSignInSuccess } = props;
  const [choice, setChoice] = useState<Choice | undefined>(rememberedChoice);

  if (choice) {
    return (
      <ProxiedSignInPage
        onSignInSuccess={identity => {
          window.localStorage.setItem(CHOICE_KEY, JSON.stringify(choice));
          onSignInSuccess(forgetOnSignOut(identity));
        }}
        provider={choice.provider}
        headers={choice.user ? { [DEMO_USER_HEADER]: choice.user } : undefined}
        ErrorComponent={({ error }) => (
          <Page themeId="home">
            <Header title="LOCAL-PLUS Developer Portal" />
            <Content>
              <Typography color="error" role="alert" paragraph>
                Sign-in failed: {error?.message ?? 'unknown error'}
              </Typography>
              <Button
                variant="outlined"
                color="primary"
                onClick={() => {
                  window.localStorage.removeItem(CHOICE_KEY);
                  setChoice(undefined);
                }}
              >
                Back to sign-in
              </Button>
            </Content>
          </Page>
        )}
      />
    );
  }

  return (
    <Page themeId="home">
      <Header
        title="LOCAL-PLUS Developer Portal"
        subtitle="Development sign-in: see the portal as each persona sees it"
      />
      <Content>
        <Grid container spacing={3}>
          {demoUsers.map(demo => (
            <Grid item xs={12} sm={6} md={4} lg={3} key={demo.user}>
              <InfoCard
                title={demo.name}
                subheader={demo.persona}
                variant="fullHeight"
                actions={
                  <Button
                    color="primary"
                    variant="outlined"
                    aria-label={`Sign in as ${demo.name}`}
                    onClick={() =>
                      setChoice({
                        provider: DEMO_USERS_PROVIDER,
                        user: demo.user,
                      })
                    }
                  >
                    Sign in
                  </Button>
                }
              >
                <Typography variant="body2">{demo.sees}</Typography>
              </InfoCard>
            </Grid>
          ))}
          {guest && (
            <Grid item xs={12} sm={6} md={4} lg={3}>
              <InfoCard
                title="Guest"
                subheader="No persona"
                variant="fullHeight"
                actions={
                  <Button
                    color="primary"
                    variant="outlined"
                    onClick={() => setChoice({ provider: 'guest' })}
                  >
                    Enter
                  </Button>
                }
              >
                <Typography variant="body2">
                  A guest in no group: the developer home, without services of
                  your own.
                </Typography>
              </InfoCard>
            </Grid>
          )}
        </Grid>
      </Content>
    </Page>
  );
}
