import {
  Content,
  CreateButton,
  SupportButton,
} from '@backstage/core-components';
import { configApiRef, useApi, useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { CatalogTable } from '@backstage/plugin-catalog';
import { catalogEntityCreatePermission } from '@backstage/plugin-catalog-common/alpha';
import {
  CatalogFilterLayout,
  EntityKindPicker,
  EntityLifecyclePicker,
  EntityListProvider,
  EntityOwnerPicker,
  EntityTagPicker,
  EntityTypePicker,
  UserListFilterKind,
  UserListPicker,
} from '@backstage/plugin-catalog-react';
import { apiDocsTranslationRef } from '@backstage/plugin-api-docs';
import apiDocsPlugin from '@backstage/plugin-api-docs/alpha';
import { usePermission } from '@backstage/plugin-permission-react';
import { HeaderPage } from '@backstage/ui';
import { layOutColumn } from '../catalogColumnLayout';
import { withTagChips } from '../TagChips';
import { useCatalogTableWidth } from '../useCatalogTableWidth';

/** The API explorer's columns, as upstream's page lists them. */
const API_COLUMNS = [
  CatalogTable.columns.createTitleColumn({ hidden: true }),
  CatalogTable.columns.createNameColumn({ defaultKind: 'API' }),
  CatalogTable.columns.createSystemColumn(),
  CatalogTable.columns.createOwnerColumn(),
  CatalogTable.columns.createSpecTypeColumn(),
  CatalogTable.columns.createSpecLifecycleColumn(),
  CatalogTable.columns.createMetadataDescriptionColumn(),
  CatalogTable.columns.createTagsColumn(),
];

/**
 * The APIs page: upstream's API explorer (its header, filters and columns)
 * with the catalog table's layout, so that its columns share the page's
 * width instead of pushing the owner, type and tags out of view behind a
 * sideways scroll (seven columns in 971 px at 1440 px, 752 at 1024).
 */
export function ApiExplorerPage(props: {
  initiallySelectedFilter?: UserListFilterKind;
}) {
  const config = useApi(configApiRef);
  const { t } = useTranslationRef(apiDocsTranslationRef);
  const registerApi = useRouteRef(apiDocsPlugin.externalRoutes.registerApi);
  const { allowed: mayRegister } = usePermission({
    permission: catalogEntityCreatePermission,
  });
  const tableWidth = useCatalogTableWidth();
  const columns = API_COLUMNS.map(column =>
    layOutColumn(withTagChips(column), tableWidth),
  );
  const title = t('defaultApiExplorerPage.subtitle', {
    orgName: config.getOptionalString('organization.name') ?? 'Backstage',
  });
  return (
    <>
      <HeaderPage
        title={title}
        customActions={
          <>
            {mayRegister && registerApi && (
              <CreateButton
                title={t('defaultApiExplorerPage.createButtonTitle')}
                to={registerApi()}
              />
            )}
            <SupportButton>
              {t('defaultApiExplorerPage.supportButtonTitle')}
            </SupportButton>
          </>
        }
      />
      <Content>
        <EntityListProvider>
          <CatalogFilterLayout>
            <CatalogFilterLayout.Filters>
              <EntityKindPicker initialFilter="api" hidden />
              <EntityTypePicker />
              <UserListPicker
                initialFilter={props.initiallySelectedFilter ?? 'all'}
              />
              <EntityOwnerPicker />
              <EntityLifecyclePicker />
              <EntityTagPicker />
            </CatalogFilterLayout.Filters>
            <CatalogFilterLayout.Content>
              <CatalogTable
                columns={columns}
                tableOptions={{ tableLayout: 'fixed' }}
              />
            </CatalogFilterLayout.Content>
          </CatalogFilterLayout>
        </EntityListProvider>
      </Content>
    </>
  );
}
