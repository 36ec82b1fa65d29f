import {
  Content,
  EmptyState,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { ResponseError } from '@backstage/errors';
import Button from '@material-ui/core/Button';
import { useHeldBackEntities } from '../../hooks/useHeldBackEntities';
import { HeldBackEntitiesTable } from './HeldBackEntitiesTable';

function errorTitle(error: Error): string {
  if (error instanceof ResponseError && error.statusCode === 403) {
    return "You may not read the catalog's held-back entities: ask for the catalog.entities.unprocessed.read permission";
  }
  return 'Could not list the entities the catalog holds back';
}

function CatalogErrorsBody() {
  const { loading, error, value, retry } = useHeldBackEntities();
  if (loading) {
    return <Progress />;
  }
  if (error) {
    return (
      <>
        <ResponseErrorPanel title={errorTitle(error)} error={error} />
        <Button variant="outlined" onClick={retry}>
          Try again
        </Button>
      </>
    );
  }
  if (!value || value.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="No held-back entity"
        description="The catalog holds back no entity: every entity it discovered was processed."
      />
    );
  }
  return <HeldBackEntitiesTable entities={value} />;
}

/** The Catalog errors page: every entity the catalog holds back, and why. */
export function CatalogErrorsPage() {
  return (
    <Page themeId="tool">
      <Header
        title="Catalog errors"
        subtitle="Entities the catalog holds back because their processing failed, with what to fix"
      />
      <Content>
        <CatalogErrorsBody />
      </Content>
    </Page>
  );
}
