import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Fragment } from 'react';
import { isEntityRef } from '../../decisions/shortRef';

/** People and groups as the record names them; catalog refs link to their page. */
export function PeopleList(props: { people: string[] }) {
  if (props.people.length === 0) {
    return <>—</>;
  }
  return (
    <>
      {props.people.map((person, index) => (
        <Fragment key={person}>
          {index > 0 && ', '}
          {isEntityRef(person) ? (
            <EntityRefLink entityRef={person} hideIcon />
          ) : (
            person
          )}
        </Fragment>
      ))}
    </>
  );
}
