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
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { useWidgetData } from './useWidgetData';
import { WidgetMessage } from './WidgetMessage';

const ARGOCD_ANNOTATIONS = ['argocd/app-selector', 'argocd/app-name'];
// Worst first: a service shows the state of its most-burnt objective.
const SLO_STATES = ['emergency', 'freeze', 'careful', 'normal'];

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
 */
export function MyServicesContent() {
  const identityApi = useApi(identityApiRef);
  const catalogApi = useApi(catalogApiRef);
  const configApi = useApi(configApiRef);
  const sloApi = useApiHolder().get(sloApiRef);
  const tierAnnotation =
    configApi.getOptionalString('localplus.tiers.annotation') ??
    'localplus.io/tier';

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
    <Table size="small" aria-label="My teams' services">
      <TableHead>
        <TableRow>
          <TableCell>Service</TableCell>
          <TableCell>Tier</TableCell>
          <TableCell>SLO</TableCell>
          <TableCell>Lifecycle</TableCell>
          <TableCell>Deployments</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {value.map(service => {
          const annotations = service.entity.metadata.annotations ?? {};
          const deployed = ARGOCD_ANNOTATIONS.some(key => key in annotations);
          return (
            <TableRow key={service.ref}>
              <TableCell>
                <EntityRefLink entityRef={service.entity} />
              </TableCell>
              <TableCell>{service.tier ?? '—'}</TableCell>
              <TableCell>{service.sloState ?? '—'}</TableCell>
              <TableCell>
                {(service.entity.spec?.lifecycle as string) ?? '—'}
              </TableCell>
              <TableCell>
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
  );
}
