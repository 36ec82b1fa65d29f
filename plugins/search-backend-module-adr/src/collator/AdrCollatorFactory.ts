import { Readable } from 'node:stream';
import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { DocumentCollatorFactory } from '@backstage/plugin-search-common';
import { adrReadPermission } from '@localplus/plugin-adr-common';
import { AdrDocument, toDecisionDocument } from './decisionDocument';
import { readDecisionLog } from './readDecisionLog';

export interface AdrCollatorFactoryOptions {
  discovery: DiscoveryService;
  auth: AuthService;
  /** Decisions per request; tests page with fewer. */
  pageSize?: number;
}

/**
 * Search documents of type `adr`, one per decision of the ADR backend's
 * index. Results are shown only to those allowed to read the decision log.
 */
export class AdrCollatorFactory implements DocumentCollatorFactory {
  readonly type = 'adr';
  readonly visibilityPermission = adrReadPermission;

  constructor(private readonly options: AdrCollatorFactoryOptions) {}

  async getCollator(): Promise<Readable> {
    return Readable.from(this.documents());
  }

  private async *documents(): AsyncGenerator<AdrDocument> {
    for await (const decision of readDecisionLog(this.options)) {
      yield toDecisionDocument(decision);
    }
  }
}
