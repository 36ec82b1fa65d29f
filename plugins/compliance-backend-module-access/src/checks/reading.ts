import { errorMessage, SourceError } from '@localplus/plugin-compliance-node';

/** What was read from the Access backend, or why nothing was. */
export type Reading<T> = { ok: true; value: T } | { ok: false; reason: string };

const MAX_REASON = 300;

/** Waits for a read; a failure becomes its reason, short enough for a summary. */
export async function settle<T>(read: Promise<T>): Promise<Reading<T>> {
  try {
    return { ok: true, value: await read };
  } catch (error) {
    const reason =
      error instanceof SourceError
        ? error.message
        : `the Access backend could not be read (${errorMessage(error)})`;
    return {
      ok: false,
      reason:
        reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON)}…` : reason,
    };
  }
}
