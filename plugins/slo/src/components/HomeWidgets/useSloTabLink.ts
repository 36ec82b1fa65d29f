import { useEntityRefLink } from '@backstage/plugin-catalog-react';
import { SLOS_TAB_PATH } from '../../routes';

/** The link to an entity's SLOs tab, from its ref. */
export function useSloTabLink(): (entityRef: string) => string {
  const entityLink = useEntityRefLink();
  return entityRef =>
    `${entityLink(entityRef).replace(/\/$/, '')}/${SLOS_TAB_PATH}`;
}
