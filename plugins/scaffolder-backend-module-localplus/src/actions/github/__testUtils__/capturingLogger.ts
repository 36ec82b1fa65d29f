import { LoggerService } from '@backstage/backend-plugin-api';

/** A logger that keeps every line, to check what an action wrote. */
export function createCapturingLogger() {
  const lines: string[] = [];
  const record =
    (level: string) => (message: string, meta?: Error | object) => {
      const details =
        meta instanceof Error
          ? `${meta.name}: ${meta.message}`
          : JSON.stringify(meta ?? {});
      lines.push(`${level} ${message} ${details}`);
    };
  const logger: LoggerService = {
    error: record('error'),
    warn: record('warn'),
    info: record('info'),
    debug: record('debug'),
    child: () => logger,
  };
  return { logger, lines };
}
