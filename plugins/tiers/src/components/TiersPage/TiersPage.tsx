import {
  Content,
  EmptyState,
  Header,
  Page,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useTierModel } from '../../hooks/useTierModel';
import { TiersOverviewContent } from './TiersOverviewContent';

function TiersPageBody() {
  const { model, error } = useTierModel();
  if (error) {
    return <ResponseErrorPanel title="Invalid tier model" error={error} />;
  }
  if (!model) {
    return (
      <EmptyState
        missing="info"
        title="No tier model configured"
        description="Declare the tiers under localplus.tiers in app-config.yaml to see them here."
      />
    );
  }
  return <TiersOverviewContent model={model} />;
}

/** The Tiers page: the tier model, its entities and its violations. */
export function TiersPage() {
  return (
    <Page themeId="tool">
      <Header
        title="Tiers"
        subtitle="What each tier holds, who owns and approves it, and who breaks its rules"
      />
      <Content>
        <TiersPageBody />
      </Content>
    </Page>
  );
}
