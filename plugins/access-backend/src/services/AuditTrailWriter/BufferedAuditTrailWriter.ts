import type { LoggerService } from '@backstage/backend-plugin-api';
import type { AuditTrailStore, NewAuditEvent } from '../AuditTrailStore';

export type BufferedAuditTrailWriterOptions = {
  store: AuditTrailStore;
  logger: LoggerService;
  /** Longest wait before buffered events are written. Default 500 ms. */
  flushIntervalMs?: number;
  /** Events written in one insert. Default 100. */
  batchSize?: number;
  /**
   * Events held while the database is slow or down; beyond it new events
   * are dropped with a warning rather than exhausting memory. Default 10,000.
   */
  maxBuffered?: number;
};

/**
 * Collects audit events and writes them in batches, so that a permission
 * decision or an audited change never waits for the audit trail's insert.
 */
export class BufferedAuditTrailWriter {
  private buffer: NewAuditEvent[] = [];
  private timer?: NodeJS.Timeout;
  private writing: Promise<void> = Promise.resolve();
  private dropped = 0;
  private stopped = false;

  constructor(private readonly options: BufferedAuditTrailWriterOptions) {}

  /** Queues one event; it is written within the flush interval. */
  add(event: NewAuditEvent): void {
    if (this.stopped) {
      this.options.logger.warn(
        `Audit event ${event.action} by ${event.actor} arrived after shutdown and was not stored`,
      );
      return;
    }
    if (this.buffer.length >= (this.options.maxBuffered ?? 10_000)) {
      this.dropped += 1;
      return;
    }
    this.buffer.push(event);
    if (this.buffer.length >= (this.options.batchSize ?? 100)) {
      void this.flush();
    } else if (!this.timer) {
      this.timer = setTimeout(() => {
        void this.flush();
      }, this.options.flushIntervalMs ?? 500);
    }
  }

  /** Writes what is buffered; resolves once it is stored (or reported lost). */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const batch = this.buffer;
    this.buffer = [];
    // Writes run one after another, so events keep their arrival order.
    this.writing = this.writing.then(() => this.write(batch));
    return this.writing;
  }

  /** Writes the rest and refuses new events: for the backend's shutdown. */
  async stop(): Promise<void> {
    await this.flush();
    this.stopped = true;
  }

  private async write(batch: NewAuditEvent[]): Promise<void> {
    if (this.dropped > 0) {
      this.options.logger.error(
        `The audit trail dropped ${this.dropped} events: its buffer was full while the database was slow or down`,
      );
      this.dropped = 0;
    }
    if (batch.length === 0) return;
    try {
      await this.options.store.append(batch);
    } catch (error) {
      this.options.logger.error(
        `Could not store ${batch.length} audit events`,
        error instanceof Error ? error : undefined,
      );
    }
  }
}
