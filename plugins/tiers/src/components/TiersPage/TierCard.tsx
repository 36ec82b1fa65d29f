import { parseEntityRef } from '@backstage/catalog-model';
import { InfoCard, StructuredMetadataTable } from '@backstage/core-components';
import { EntityRefLink, EntityRefLinks } from '@backstage/plugin-catalog-react';
import { TierLevel } from '@localplus/plugin-tiers-common';
import Chip from '@material-ui/core/Chip';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { TierViolation } from '../../api/TiersApi';
import { TierChip } from '../TierChip';

export interface TierCardProps {
  level: TierLevel;
  entityCount: number;
  violations: TierViolation[];
  /** The catalog filtered on this tier; absent when the catalog is not routable. */
  catalogLink?: string;
}

// Owners are configured as group names or refs; links need full refs.
function ownerRefs(owners: string[]) {
  return owners.map(owner =>
    parseEntityRef(owner, {
      defaultKind: 'group',
      defaultNamespace: 'default',
    }),
  );
}

function RequiredAnnotations(props: { annotations: string[] }) {
  if (props.annotations.length === 0) {
    return <Typography variant="body2">None</Typography>;
  }
  return (
    <>
      {props.annotations.map(annotation => (
        <Chip key={annotation} label={annotation} size="small" />
      ))}
    </>
  );
}

function ViolationList(props: { violations: TierViolation[] }) {
  return (
    <List dense disablePadding aria-label="Tier violations">
      {props.violations.map((violation, index) => (
        <ListItem key={`${violation.entityRef}-${index}`} disableGutters>
          <ListItemText
            primary={<EntityRefLink entityRef={violation.entityRef} />}
            secondary={violation.message}
          />
        </ListItem>
      ))}
    </List>
  );
}

/** One tier of the model: what it holds, who owns and approves it, its entities. */
export function TierCard(props: TierCardProps) {
  const { level, entityCount, violations, catalogLink } = props;
  const entities = `${entityCount} ${
    entityCount === 1 ? 'entity' : 'entities'
  }`;
  return (
    <InfoCard
      title={<TierChip level={level} />}
      subheader={level.description}
      deepLink={
        catalogLink
          ? { title: 'Open in the catalog', link: catalogLink }
          : undefined
      }
    >
      <StructuredMetadataTable
        dense
        options={{ titleFormat: key => key }}
        metadata={{
          'Allowed owners': (
            <EntityRefLinks entityRefs={ownerRefs(level.owners)} />
          ),
          Approvers: level.approvers,
          'Change process': level.changeProcess,
          'Required annotations': (
            <RequiredAnnotations annotations={level.requiredAnnotations} />
          ),
          Entities: entities,
          Violations: String(violations.length),
        }}
      />
      {violations.length > 0 && <ViolationList violations={violations} />}
    </InfoCard>
  );
}
