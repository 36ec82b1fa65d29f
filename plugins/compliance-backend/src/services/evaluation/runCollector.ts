import type { LoggerService } from '@backstage/backend-plugin-api';
import type { ControlEvidence } from '@localplus/plugin-compliance-common';
import type { EvidenceCollector } from '@localplus/plugin-compliance-node';

/** Why a collector produced nothing usable, in words fit for the auditor. */
export class CollectorFailure extends Error {}

/** Longest collector message kept: error texts can carry whole responses. */
const MAX_MESSAGE_LENGTH = 500;

export function failureMessage(error: unknown): string {
  const message =
    error instanceof Error ? error.message : `threw ${String(error)}`;
  return message.length > MAX_MESSAGE_LENGTH
    ? `${message.slice(0, MAX_MESSAGE_LENGTH - 3)}...`
    : message;
}

function describeDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

/**
 * Calls one collector with its own abort signal, aborted when the timeout
 * passes or the run is cancelled. A collector that ignores its signal is
 * abandoned at the timeout all the same: the run does not wait for it.
 */
export async function runCollector(
  collector: EvidenceCollector,
  options: {
    now: Date;
    window: { from: Date; to: Date };
    requested: ControlEvidence[];
    logger: LoggerService;
    timeoutMs: number;
    signal?: AbortSignal;
  },
): Promise<unknown> {
  const controller = new AbortController();
  const signal = options.signal
    ? AbortSignal.any([options.signal, controller.signal])
    : controller.signal;
  let timer: NodeJS.Timeout | undefined;
  const stopped = new Promise<never>((_, reject) => {
    const onAbort = () =>
      reject(
        new CollectorFailure(
          signal.reason instanceof Error
            ? signal.reason.message
            : 'the run was cancelled',
        ),
      );
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    timer = setTimeout(
      () =>
        controller.abort(
          new Error(`timed out after ${describeDuration(options.timeoutMs)}`),
        ),
      options.timeoutMs,
    );
  });
  try {
    return await Promise.race([
      collector.collect({
        now: options.now,
        window: options.window,
        requested: options.requested,
        logger: options.logger,
        signal,
      }),
      stopped,
    ]);
  } finally {
    clearTimeout(timer);
    // The race is over; a late rejection of `stopped` is nobody's concern.
    stopped.catch(() => {});
    if (!controller.signal.aborted) controller.abort(new Error('finished'));
  }
}
