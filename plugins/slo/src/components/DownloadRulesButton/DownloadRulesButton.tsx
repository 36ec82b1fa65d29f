import { useApi } from '@backstage/frontend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { DownloadButton } from '@localplus/portal-react';
import { sloApiRef } from '../../api/sloApiRef';
import { sloEntityName } from '../../hooks/sloEntityName';

/**
 * Downloads the Prometheus recording and alerting rules generated from the
 * entity's OpenSLO documents, as `<entity>-slo-rules.yaml`.
 */
export function DownloadRulesButton(props: { entity: Entity }) {
  const sloApi = useApi(sloApiRef);
  const name = sloEntityName(props.entity);

  return (
    <DownloadButton
      label="Download Prometheus rules"
      failure="Could not download the rules"
      align="end"
      download={async () => ({
        blob: new Blob([await sloApi.getEntityRules(name)], {
          type: 'application/yaml',
        }),
        fileName: `${name.name}-slo-rules.yaml`,
      })}
    />
  );
}
