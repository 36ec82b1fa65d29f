import { spawn } from 'node:child_process';
import { processCpuMs } from '@localplus/server-kit';
import { waitForProcessesToSettle } from './settle';

describe('waitForProcessesToSettle', () => {
  it('returns once an idle process stays under the threshold', async () => {
    const idle = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      await new Promise(resolve => setTimeout(resolve, 500));
      const result = await waitForProcessesToSettle([idle.pid!], {
        threshold: 0.25,
        windowMs: 300,
        timeoutMs: 5_000,
      });
      expect(result.settled).toBe(true);
      expect(result.lastShares[0]).toBeLessThan(0.25);
    } finally {
      idle.kill();
    }
  });

  it('gives up after the timeout while a process keeps a core busy', async () => {
    const busy = spawn(process.execPath, ['-e', 'for (;;) {}']);
    try {
      const result = await waitForProcessesToSettle([busy.pid!], {
        threshold: 0.25,
        windowMs: 300,
        timeoutMs: 1_000,
      });
      expect(result.settled).toBe(false);
      expect(result.waitedSeconds).toBeGreaterThanOrEqual(1);
      expect(result.lastShares[0]).toBeGreaterThan(0.5);
      expect(processCpuMs(busy.pid!)).toBeGreaterThan(500);
    } finally {
      busy.kill();
    }
  });
});
