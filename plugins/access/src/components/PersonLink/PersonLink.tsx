import { EntityRefLink } from '@backstage/plugin-catalog-react';

/** A person, by display name when known, linking to their entity page. */
export function PersonLink(props: { userRef: string; displayName?: string }) {
  return (
    <EntityRefLink entityRef={props.userRef} hideIcon>
      {props.displayName}
    </EntityRefLink>
  );
}
