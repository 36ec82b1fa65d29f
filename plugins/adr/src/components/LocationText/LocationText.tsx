import { Link } from '@backstage/core-components';

/**
 * Where a decision file or folder was read: a link when it is a web address
 * (production reads through the URL reader), the path inside the entity's
 * folder otherwise (development).
 */
export function LocationText(props: {
  location: string;
  /** Shorter text for a web address (the file's name); the address is its tooltip. */
  label?: string;
}) {
  return /^https?:\/\//i.test(props.location) ? (
    <Link to={props.location} title={props.location}>
      {props.label ?? props.location}
    </Link>
  ) : (
    <code>{props.location}</code>
  );
}
