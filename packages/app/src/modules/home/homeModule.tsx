import { createFrontendModule } from '@backstage/frontend-plugin-api';
import {
  HomePageLayoutBlueprint,
  HomePageWidgetBlueprint,
} from '@backstage/plugin-home-react/alpha';
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

/** The home page by persona: greeting, persona switcher, per-persona grid. */
const personaHomeLayout = HomePageLayoutBlueprint.make({
  name: 'persona',
  params: {
    loader: () =>
      import('./layout/PersonaHomeLayout').then(m => m.PersonaHomeLayout),
  },
});

const myServicesWidget = HomePageWidgetBlueprint.make({
  name: 'my-services',
  params: {
    name: 'LocalplusMyServices',
    title: "My teams' services",
    description:
      'Components your groups own, with tier, SLO state, lifecycle and deployments',
    layout: { height: { minRows: 3 }, width: { minColumns: 4 } },
    components: () =>
      import('./widgets/MyServicesContent').then(m => ({
        Content: m.MyServicesContent,
      })),
  },
});

const myTemplateRunsWidget = HomePageWidgetBlueprint.make({
  name: 'my-template-runs',
  params: {
    name: 'LocalplusMyTemplateRuns',
    title: 'My template runs',
    description: 'The templates you ran lately and how they ended',
    layout: { height: { minRows: 3 } },
    components: () =>
      import('./widgets/MyTemplateRunsContent').then(m => ({
        Content: m.MyTemplateRunsContent,
      })),
  },
});

const runbooksWidget = HomePageWidgetBlueprint.make({
  name: 'runbooks',
  params: {
    name: 'LocalplusRunbooks',
    title: 'Runbooks',
    description: 'The platform runbooks in TechDocs',
    layout: { height: { minRows: 3 } },
    components: () =>
      import('./widgets/DocLinksContent').then(m => ({
        Content: () => <m.DocLinksContent list="runbooks" label="runbooks" />,
      })),
  },
});

const complianceDocumentsWidget = HomePageWidgetBlueprint.make({
  name: 'compliance-documents',
  params: {
    name: 'LocalplusComplianceDocuments',
    title: 'Compliance documents',
    description: 'The GDPR, PCI-DSS and SOC 2 policies in TechDocs',
    layout: { height: { minRows: 3 } },
    components: () =>
      import('./widgets/DocLinksContent').then(m => ({
        Content: () => (
          <m.DocLinksContent list="compliance" label="compliance documents" />
        ),
      })),
  },
});

export const homeModule = createFrontendModule({
  pluginId: 'home',
  extensions: [
    personaHomeLayout,
    welcomeWidget,
    myServicesWidget,
    myTemplateRunsWidget,
    runbooksWidget,
    complianceDocumentsWidget,
  ],
});
