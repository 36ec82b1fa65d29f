import { useApi } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import GetAppIcon from '@material-ui/icons/GetApp';
import { useState } from 'react';
import { saveFile } from '@localplus/portal-react';
import type { PeriodQuery } from '../../api/ComplianceApi';
import { complianceApiRef } from '../../api/complianceApiRef';
import { errorMessage } from '../../api/responseErrors';

/**
 * Downloads the period as OSCAL assessment results and CSV in a zip with
 * its SHA-256 manifest. The caller shows it only to people holding
 * `compliance.evidence.export`.
 */
export function ExportButton(props: { period: PeriodQuery }) {
  const api = useApi(complianceApiRef);
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<string>();

  const download = async () => {
    setRunning(true);
    setFailure(undefined);
    try {
      saveFile(await api.exportPeriod(props.period));
    } catch (error) {
      setFailure(`The export failed: ${errorMessage(error)}`);
    } finally {
      setRunning(false);
    }
  };

  return (
    <Box>
      <Button
        variant="outlined"
        startIcon={<GetAppIcon />}
        onClick={download}
        disabled={running}
      >
        {running ? 'Exporting…' : 'Export evidence'}
      </Button>
      {failure && (
        <Typography variant="body2" color="error" role="alert">
          {failure}
        </Typography>
      )}
    </Box>
  );
}
