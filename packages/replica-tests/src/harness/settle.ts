import { processCpuMs } from '@localplus/server-kit';

export interface SettleResult {
  /** Whether every process came below the threshold before the deadline. */
  settled: boolean;
  waitedSeconds: number;
  /** Each process's share of a core over the last window, 0-1. */
  lastShares: number[];
}

/**
 * Waits until every process uses less than `threshold` of a core over
 * `windowMs`, or `timeoutMs` has passed: a freshly started backend builds
 * its catalog, search index and first scheduled runs from an empty
 * database, work a replica of a running deployment has long done.
 */
export async function waitForProcessesToSettle(
  pids: number[],
  options: { threshold: number; windowMs: number; timeoutMs: number },
): Promise<SettleResult> {
  const started = Date.now();
  const before = pids.map(processCpuMs);
  for (;;) {
    await new Promise(resolve => setTimeout(resolve, options.windowMs));
    const shares = pids.map((pid, i) => {
      const cpu = processCpuMs(pid);
      const share = (cpu - before[i]) / options.windowMs;
      before[i] = cpu;
      return share;
    });
    const waitedSeconds = (Date.now() - started) / 1000;
    if (shares.every(share => share < options.threshold)) {
      return { settled: true, waitedSeconds, lastShares: shares };
    }
    if (Date.now() - started > options.timeoutMs) {
      return { settled: false, waitedSeconds, lastShares: shares };
    }
  }
}
