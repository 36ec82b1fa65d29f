import { useMemo } from 'react';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { Progress } from '@backstage/core-components';
import {
  configApiRef,
  identityApiRef,
  useApi,
  useApiHolder,
} from '@backstage/core-plugin-api';
import { catalogApiRef, EntityRefLink } from '@backstage/plugin-catalog-react';
import { sloApiRef } from '@localplus/plugin-slo';
import { readTierAnnotation } from '@localplus/plugin-tiers-common';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { useWidgetData } from './useWidgetData';
import { WidgetMessage } from './WidgetMessage';

const ARGOCD_ANNOTATIONS = ['argocd/app-selector', 'argocd/app-name'];
// Worst first: a service shows the state of its most-burnt objective.
const SLO_STATES = ['emergency', 'freeze', 'careful', 'normal'];
/** Headings and short values are not broken inside a word on a narrow card. */
const ONE_LINE = { whiteSpace: 'nowrap' } as const;
/** The service's name keeps room for a few words a line. */
const SERVICE_COLUMN = { minWidth: '8rem' } as const;

export interface OwnedService {
  entity: Entity;
  ref: string;
  tier?: string;
  sloState?: string;
}

function worstState(a: string | undefined, b: string | null) {
  if (!b) {
    return a;
  }
  if (!a) {
    return b;
  }
  return SLO_STATES.indexOf(b) < SLO_STATES.indexOf(a) ? b : a;
}

/**
 * The components the signed-in person's groups own, with their tier, the
 * SLO state of their worst objective (when the SLO plugin is installed and
 * answers) and their lifecycle, with a link to the entity's deployments.
 * Four columns, the lifecycle under the service, so the table reads on the
 * home grid's narrower cards (at 1024 px).
 */
export function MyServicesContent() {
  const identityApi = useApi(identityApiRef);
  const catalogApi = useApi(catalogApiRef);
  const configApi = useApi(configApiRef);
  const sloApi = useApiHolder().get(sloApiRef);
  const tierAnnotation = useMemo(
    () => readTierAnnotation(configApi),
    [configApi],
  );

  const { loading, error, value } = useWidgetData(async () => {
    const identity = await identityApi.getBackstageIdentity();
    const [{ items }, overview] = await Promise.all([
      catalogApi.getEntities({
        filter: {
          kind: 'component',
          'relations.ownedBy': identity.ownershipEntityRefs,
        },
        order: { field: 'metadata.name', order: 'asc' },
      }),
      sloApi?.getOverview().catch(() => undefined),
    ]);
    const states = new Map<string, string | undefined>();
    for (const row of overview?.rows ?? []) {
      states.set(
        row.entityRef,
        worstState(states.get(row.entityRef), row.state),
      );
    }
    return items.map((entity): OwnedService => {
      const ref = stringifyEntityRef(entity);
      return {
        entity,
        ref,
        tier: entity.metadata.annotations?.[tierAnnotation],
        sloState: states.get(ref),
      };
    });
  }, [identityApi, catalogApi, sloApi, tierAnnotation]);

  if (loading) {
    return <Progress />;
  }
  if (error) {
    return (
      <WidgetMessage kind="error">
        Your teams' services could not be loaded: {error.message}
      </WidgetMessage>
    );
  }
  if (!value || value.length === 0) {
    return (
      <WidgetMessage kind="empty">
        None of your groups owns a component yet.
      </WidgetMessage>
    );
  }
  return (
    <Box overflow="auto">
      <Table size="small" aria-label="My teams' services">
        <TableHead>
          <TableRow>
            <TableCell>Service</TableCell>
            <TableCell style={ONE_LINE}>Tier</TableCell>
            <TableCell style={ONE_LINE}>SLO</TableCell>
            <TableCell style={ONE_LINE}>Deployments</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {value.map(service => {
            const annotations = service.entity.metadata.annotations ?? {};
            const deployed = ARGOCD_ANNOTATIONS.some(key => key in annotations);
            const lifecycle = service.entity.spec?.lifecycle;
            return (
              <TableRow key={service.ref}>
                <TableCell style={SERVICE_COLUMN}>
                  <EntityRefLink entityRef={service.entity} />
                  <Typography
                    variant="caption"
                    color="textSecondary"
                    component="div"
                  >
                    {typeof lifecycle === 'string' ? lifecycle : '—'}
                  </Typography>
                </TableCell>
                <TableCell style={ONE_LINE}>{service.tier ?? '—'}</TableCell>
                <TableCell style={ONE_LINE}>
                  {service.sloState ?? '—'}
                </TableCell>
                <TableCell style={ONE_LINE}>
                  {deployed ? (
                    <EntityRefLink entityRef={service.entity} hideIcon>
                      Argo CD
                    </EntityRefLink>
                  ) : (
                    '—'
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}
