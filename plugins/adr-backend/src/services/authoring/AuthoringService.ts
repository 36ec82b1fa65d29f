import { InputError } from '@backstage/errors';
import {
  decisionId,
  type DecisionSummary,
  type NewDecisionResult,
} from '@localplus/plugin-adr-common';
import type { DecisionFolder } from '../sources/DecisionFolder';
import { decisionFileName, nextDecisionNumber } from './decisionNumbering';
import type { DecisionWriter } from './DecisionWriter';
import { parseNewDecisionRequest } from './newDecisionRequestSchema';
import { renderMadr4Record } from './renderMadr4Record';

export interface AuthoringContext {
  /** The decision folder of the request's entity. */
  folder: DecisionFolder;
  /** The entity's indexed decisions (local drafts included): they give the next number and what may be superseded. */
  existing: DecisionSummary[];
  /** The signed-in user, as an entity ref. */
  author: string;
}

export interface AuthoringService {
  /**
   * Validates a POST /records body, numbers and renders the record and
   * hands it to the writer. Invalid input is an InputError naming the field,
   * and nothing is written.
   */
  create(
    request: unknown,
    context: AuthoringContext,
  ): Promise<NewDecisionResult>;
}

const sameEntity = (a: string, b: string) =>
  a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US');

/** `YYYY-MM-DD` of the instant, in UTC like the rest of the index. */
const isoDate = (instant: Date) => instant.toISOString().slice(0, 10);

export function createAuthoringService(options: {
  writer: DecisionWriter;
  now?: () => Date;
}): AuthoringService {
  const { writer, now = () => new Date() } = options;
  return {
    async create(body, { folder, existing, author }) {
      const request = parseNewDecisionRequest(body);
      if (!sameEntity(request.entityRef, folder.entityRef)) {
        throw new InputError(
          `Invalid new decision: entityRef: ${request.entityRef} is not the entity of the decision folder (${folder.entityRef})`,
        );
      }
      const own = existing.filter(d =>
        sameEntity(d.entityRef, folder.entityRef),
      );
      const ownIds = new Set(own.map(d => d.id));
      (request.supersedes ?? []).forEach((id, index) => {
        if (!ownIds.has(id)) {
          throw new InputError(
            `Invalid new decision: supersedes[${index}]: ${id} is not a decision of ${folder.entityRef}`,
          );
        }
      });

      const number = nextDecisionNumber(own);
      const fileName = decisionFileName(number, request.title);
      const content = renderMadr4Record(request, number, isoDate(now()), own);
      const written = await writer.write({
        folder,
        fileName,
        number,
        title: request.title,
        content,
        author,
      });
      return {
        decisionId: decisionId(folder.entityRef, fileName),
        number,
        fileName,
        target: writer.target,
        location: written.location,
        ...(written.pullRequestUrl
          ? { pullRequestUrl: written.pullRequestUrl }
          : {}),
      };
    },
  };
}
