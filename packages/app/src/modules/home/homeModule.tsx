import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import { MarkdownContent } from '@backstage/core-components';

const welcome = `
The front door of the **LOCAL-PLUS gift-card & loyalty platform**: every
repository from T0 foundation to T5 documentation, the services running on
\`eks-dev\`, \`eks-staging\` and \`eks-prod\`, and the way to build new ones.

| I want to… | Go to |
|---|---|
| create a new \`svc-*\` service on the golden path | [Create](/create) |
| find a service, its owner, APIs and dependencies | [Catalog](/catalog) |
| read a gRPC, REST or Kafka contract | [APIs](/api-docs) |
| read runbooks, ADRs and platform docs | [Docs](/docs) |
| see who owns what | [Groups](/catalog?filters%5Bkind%5D=group) |
`;

const welcomeWidget = HomePageWidgetBlueprint.make({
  name: 'welcome',
  params: {
    name: 'LocalplusWelcome',
    title: 'Welcome to LOCAL-PLUS',
    description: 'What the portal holds and where to start',
    components: async () => ({
      Content: () => <MarkdownContent content={welcome} />,
    }),
  },
});

export const homeModule = createFrontendModule({
  pluginId: 'home',
  extensions: [welcomeWidget],
});
