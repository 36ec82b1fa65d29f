import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import GetAppIcon from '@material-ui/icons/GetApp';
import { sloApiRef } from '../../api/sloApiRef';
import { sloEntityName } from '../../hooks/sloEntityName';
import { saveTextFile } from './saveTextFile';

/**
 * Downloads the Prometheus recording and alerting rules generated from the
 * entity's OpenSLO documents, as `<entity>-slo-rules.yaml`.
 */
export function DownloadRulesButton(props: { entity: Entity }) {
  const sloApi = useApi(sloApiRef);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const name = sloEntityName(props.entity);

  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const rules = await sloApi.getEntityRules(name);
      saveTextFile(`${name.name}-slo-rules.yaml`, rules, 'application/yaml');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box display="flex" flexDirection="column" alignItems="flex-end">
      <Button
        variant="outlined"
        color="primary"
        startIcon={<GetAppIcon />}
        onClick={download}
        disabled={busy}
      >
        Download Prometheus rules
      </Button>
      {error && (
        <Typography role="alert" variant="body2" color="error">
          Could not download the rules: {error}
        </Typography>
      )}
    </Box>
  );
}
