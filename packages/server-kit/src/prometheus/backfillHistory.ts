import fs from 'node:fs/promises';
import path from 'node:path';
import { runToCompletion } from '../process/runToCompletion';
import {
  SampleSchedule,
  SampleSchedules,
  scheduleBounds,
} from './sampleSchedule';
import { SyntheticSeries } from './syntheticSeries';
import { OpenMetricsFileStats, writeOpenMetrics } from './writeOpenMetrics';

/**
 * Series to load into Prometheus before it starts, sampled on one schedule
 * (`start`, `end`, `stepSeconds`) or on several in time order (`schedule`:
 * coarse for old history, fine for the recent part).
 */
export type PrometheusHistory = {
  series: readonly SyntheticSeries[];
} & (SampleSchedule | { schedule: readonly SampleSchedule[] });

export function historySchedules(history: PrometheusHistory): SampleSchedules {
  return 'schedule' in history
    ? history.schedule
    : {
        start: history.start,
        end: history.end,
        stepSeconds: history.stepSeconds,
      };
}

export const PROMETHEUS_INSTALL_HINT =
  'install the Debian package "prometheus", which provides prometheus and promtool';

/**
 * promtool cuts blocks of at most this duration, picking the largest of its
 * 2h×3ⁿ ranges that fits. Its default, 2h, turns a month into 360 blocks:
 * 25 s for 2 series at 1-minute steps, against 0.4 s with one range this
 * large (measured with promtool 2.42). The flag is hidden from --help.
 */
function maxBlockDuration(schedule: SampleSchedules): string {
  const { start, end } = scheduleBounds(schedule);
  const hours = Math.ceil((end - start) / 3600);
  return `${Math.max(2, hours)}h`;
}

/**
 * Writes the history as OpenMetrics in `workDir` and turns it into TSDB
 * blocks in `dataDir` with promtool, then deletes the (large) text file.
 */
export async function backfillHistory(options: {
  history: PrometheusHistory;
  dataDir: string;
  workDir: string;
  promtool: string;
}): Promise<OpenMetricsFileStats> {
  const { history, dataDir, workDir, promtool } = options;
  const file = path.join(workDir, 'history.om.txt');
  try {
    const stats = await writeOpenMetrics(
      file,
      history.series,
      historySchedules(history),
    );
    await runToCompletion(
      promtool,
      [
        'tsdb',
        'create-blocks-from',
        'openmetrics',
        '--quiet',
        `--max-block-duration=${maxBlockDuration(historySchedules(history))}`,
        file,
        dataDir,
      ],
      PROMETHEUS_INSTALL_HINT,
    );
    return stats;
  } finally {
    await fs.rm(file, { force: true });
  }
}
