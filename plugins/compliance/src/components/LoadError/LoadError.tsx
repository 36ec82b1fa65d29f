import { ResponseErrorPanel } from '@backstage/core-components';
import { errorMessage } from '../../api/responseErrors';

/**
 * A failed load, saying what could not be loaded and why in the panel's
 * title: the backend's reason ("to: must not be later than the end of
 * today") must be readable without expanding the details.
 */
export function LoadError(props: { what: string; error: Error }) {
  return (
    <ResponseErrorPanel
      title={`${props.what}: ${errorMessage(props.error)}`}
      error={props.error}
    />
  );
}
