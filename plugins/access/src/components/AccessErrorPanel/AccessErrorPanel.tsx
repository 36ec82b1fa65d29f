import { ResponseErrorPanel } from '@backstage/core-components';
import { ResponseError } from '@backstage/errors';
import Button from '@material-ui/core/Button';

function isForbidden(error: Error): boolean {
  return error instanceof ResponseError && error.statusCode === 403;
}

/**
 * An error of the Access backend, in words: a refusal names the permission
 * to ask for, anything else says what could not be read.
 */
export function AccessErrorPanel(props: {
  error: Error;
  /** What was being read: "the roles", "the audit trail". */
  what: string;
  /** The permission the read needs, named when the policy refused it. */
  permission?: string;
  onRetry?: () => void;
}) {
  const { error, what, onRetry } = props;
  const permission = props.permission ?? 'access.policy.read';
  const title = isForbidden(error)
    ? `You may not read ${what}: ask an admin for the ${permission} permission`
    : `Could not read ${what}`;
  return (
    <>
      <ResponseErrorPanel title={title} error={error} />
      {onRetry && !isForbidden(error) && (
        <Button variant="outlined" onClick={onRetry}>
          Try again
        </Button>
      )}
    </>
  );
}
