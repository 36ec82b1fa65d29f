import { Link } from '@backstage/core-components';
import { ReactNode } from 'react';
import { useDecisionPath } from '../../hooks/useDecisionPath';

/** A link to a decision's page by id; plain text when it has no page. */
export function DecisionLink(props: { id: string; children: ReactNode }) {
  const pathOf = useDecisionPath();
  const to = pathOf(props.id);
  return to ? <Link to={to}>{props.children}</Link> : <>{props.children}</>;
}
