import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type { OnCallPerson } from '@localplus/plugin-oncall-common';
import { personName } from '../../format/personName';

/** A person by display name, linking to their user page. */
export function PersonLink(props: {
  userRef: string;
  people: Record<string, OnCallPerson>;
  'data-testid'?: string;
}) {
  return (
    <span data-testid={props['data-testid']}>
      <EntityRefLink entityRef={props.userRef} hideIcon>
        {personName(props.people, props.userRef)}
      </EntityRefLink>
    </span>
  );
}
