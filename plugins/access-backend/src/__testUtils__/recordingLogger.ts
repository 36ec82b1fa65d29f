import type { LoggerService } from '@backstage/backend-plugin-api';
import type { JsonObject } from '@backstage/types';

/** One line a {@link recordingLogger} received, with the fields of its children. */
export type LoggedLine = {
  level: 'error' | 'warn' | 'info' | 'debug';
  message: string;
  fields: JsonObject;
  meta?: Error | JsonObject;
};

/** A logger that keeps what it is told, for tests that check log output. */
export function recordingLogger(
  lines: LoggedLine[] = [],
  fields: JsonObject = {},
): LoggerService & { lines: LoggedLine[] } {
  const at =
    (level: LoggedLine['level']) =>
    (message: string, meta?: Error | JsonObject) => {
      lines.push({ level, message, fields, meta });
    };
  return {
    lines,
    error: at('error'),
    warn: at('warn'),
    info: at('info'),
    debug: at('debug'),
    child: (more: JsonObject) => recordingLogger(lines, { ...fields, ...more }),
  };
}
