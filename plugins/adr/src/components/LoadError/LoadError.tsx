import { ResponseErrorPanel } from '@backstage/core-components';

/**
 * A failed load, saying what could not be loaded and why in the panel's
 * title: the backend's message must be readable without expanding details.
 */
export function LoadError(props: { what: string; error: Error }) {
  return (
    <ResponseErrorPanel
      title={`${props.what}: ${props.error.message}`}
      error={props.error}
    />
  );
}
