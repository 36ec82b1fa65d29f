import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import { makeStyles } from '@material-ui/core/styles';
import { useState } from 'react';
import { HeldBackEntity } from '../../api/CatalogErrorsApi';

const useStyles = makeStyles({
  json: {
    margin: 0,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontSize: '0.8rem',
  },
});

/** A button that shows the entity as the catalog read it, in a dialog. */
export function RawEntityDialog(props: {
  entity: HeldBackEntity;
  label: string;
}) {
  const { entity, label } = props;
  const classes = useStyles();
  const [open, setOpen] = useState(false);
  const titleId = `raw-entity-${entity.id}`;
  return (
    <>
      <Button
        size="small"
        color="primary"
        disabled={entity.unprocessedEntity === undefined}
        onClick={() => setOpen(true)}
      >
        Raw entity
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        maxWidth="md"
        fullWidth
        aria-labelledby={titleId}
      >
        <DialogTitle id={titleId}>{label}</DialogTitle>
        <DialogContent dividers>
          <pre className={classes.json}>
            {JSON.stringify(entity.unprocessedEntity, null, 2)}
          </pre>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Close</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
