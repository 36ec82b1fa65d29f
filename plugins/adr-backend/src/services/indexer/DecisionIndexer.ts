import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import {
  ADR_LOCATION_ANNOTATION,
  DecisionLink,
  DecisionProblem,
  ParsedDecision,
  RefreshResult,
  resolveDecisionLinks,
} from '@localplus/plugin-adr-common';
import type { DecisionFile } from '@localplus/plugin-adr-node';
import type { DecisionFolder } from '../sources/DecisionFolder';
import type { DecisionSources } from '../sources/DecisionSources';
import {
  decisionFolderReference,
  folderLocation,
} from '../sources/resolveDecisionFolder';
import type {
  DecisionStore,
  SourceState,
  StoredDecision,
} from '../store/DecisionStore';
import { entityDecisionData } from './entityDecisionData';
import { toStoredDecision } from './toStoredDecision';

/** One file through the installed parsers: adr-node's `parseDecisionFile` bound to them. */
export type ParseDecisionFile = (
  file: DecisionFile,
) => { decision: ParsedDecision } | { problem: string };

/** What a whole refresh did, for the log. */
export interface RefreshAllResult {
  entities: number;
  decisions: number;
  problems: number;
  unreadableFolders: number;
  removedDecisions: number;
}

type EntityRead =
  | {
      readable: true;
      entityRef: string;
      source: SourceState;
      decisions: StoredDecision[];
    }
  | { readable: false; entityRef: string; source: SourceState };

export interface DecisionIndexerOptions {
  sources: DecisionSources;
  store: DecisionStore;
  parse: ParseDecisionFile;
  logger: LoggerService;
  now?: () => Date;
  /** Folders read at once. */
  concurrency?: number;
}

const lower = (value: string) => value.toLocaleLowerCase('en-US');
const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : String(error);

async function mapConcurrently<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, worker),
  );
  return results;
}

/**
 * Keeps the index in step with the decision folders. Each entity's folder
 * is read and parsed as a whole and replaces the entity's decisions; a file
 * that cannot be read or parsed is a problem and the rest of the folder is
 * indexed. Only when the whole folder cannot be read (or the annotation
 * does not resolve) are the entity's previous decisions kept, with the
 * problem, so a passing outage does not empty the log. Links are resolved
 * over the whole index after each change, as a new decision may be the
 * target of another entity's link.
 */
export class DecisionIndexer {
  private readonly now: () => Date;

  constructor(private readonly options: DecisionIndexerOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Every annotated entity; entities that lost their annotation lose their decisions. */
  async refreshAll(): Promise<RefreshAllResult> {
    const { sources, store, logger } = this.options;
    // A blank annotation names no folder: such an entity has no decisions.
    const entities = (await sources.listAnnotatedEntities()).filter(entity =>
      decisionFolderReference(entity),
    );
    const reads = await mapConcurrently(
      entities,
      this.options.concurrency ?? 4,
      entity => this.readEntity(entity),
    );
    const annotated = new Set(reads.map(read => read.entityRef));
    const gone = (await store.listEntityRefs()).filter(
      ref => !annotated.has(ref),
    );
    const removedDecisions = await store.removeEntities(gone);
    await this.store(reads);
    const result: RefreshAllResult = {
      entities: reads.length,
      decisions: reads.reduce(
        (sum, read) => sum + (read.readable ? read.decisions.length : 0),
        0,
      ),
      problems: reads.reduce(
        (sum, read) => sum + read.source.problems.length,
        0,
      ),
      unreadableFolders: reads.filter(read => !read.readable).length,
      removedDecisions,
    };
    logger.info(
      `Indexed ${result.decisions} decisions of ${result.entities} entities: ${result.problems} problems, ${result.unreadableFolders} folders unreadable, ${removedDecisions} decisions of entities without a folder removed`,
    );
    return result;
  }

  /**
   * One entity, now. Undefined when the catalog does not know it (its
   * decisions, if any, are forgotten); an entity without the annotation
   * is left with no decisions.
   */
  async refresh(entityRef: string): Promise<RefreshResult | undefined> {
    const { sources, store } = this.options;
    const ref = lower(entityRef);
    const entity = await sources.getEntity(ref);
    if (!entity || !decisionFolderReference(entity)) {
      await store.removeEntities([ref]);
      return entity
        ? { entityRef: ref, decisions: 0, problems: [] }
        : undefined;
    }
    const read = await this.readEntity(entity);
    await this.store([read]);
    const decisions = read.readable
      ? read.decisions.length
      : (await store.listSummaries({ entityRef: ref })).length;
    return { entityRef: ref, decisions, problems: read.source.problems };
  }

  private async readEntity(entity: Entity): Promise<EntityRead> {
    const data = entityDecisionData(entity);
    const { entityRef } = data;
    const readAt = this.now().toISOString();
    const unreadable = (
      location: string,
      error: unknown,
      folder?: DecisionFolder,
    ): EntityRead => ({
      readable: false,
      entityRef,
      source: {
        folder,
        location,
        readAt,
        problems: [{ entityRef, location, message: messageOf(error) }],
      },
    });

    let folder: DecisionFolder;
    try {
      folder = this.options.sources.resolveFolder(entity);
    } catch (error) {
      const written = decisionFolderReference(entity);
      return unreadable(written ?? ADR_LOCATION_ANNOTATION, error);
    }
    const location = folderLocation(folder);
    let read;
    try {
      read = await this.options.sources.readFolder(entity, folder);
    } catch (error) {
      return unreadable(location, error, folder);
    }

    const problems: DecisionProblem[] = [...read.problems];
    const decisions: StoredDecision[] = [];
    const fileOfId = new Map<string, string>();
    for (const file of read.files) {
      const problem = (message: string) =>
        problems.push({
          entityRef,
          location: file.location,
          fileName: file.fileName,
          message,
        });
      let outcome: ReturnType<ParseDecisionFile>;
      try {
        outcome = this.options.parse(file);
      } catch (error) {
        outcome = { problem: messageOf(error) };
      }
      const parsed = 'decision' in outcome ? outcome.decision : undefined;
      if (!parsed) {
        problem('problem' in outcome ? outcome.problem : 'No parser answered');
        continue;
      }
      const decision = toStoredDecision(file, parsed, data);
      const first = fileOfId.get(decision.id);
      if (first) {
        problem(
          `${file.fileName} has the same id as ${first}; only ${first} is indexed`,
        );
        continue;
      }
      fileOfId.set(decision.id, file.fileName);
      decisions.push(decision);
    }
    return {
      readable: true,
      entityRef,
      source: { folder, location, readAt, problems },
      decisions,
    };
  }

  /** Stores the reads, resolving links over them and every other indexed decision. */
  private async store(reads: EntityRead[]): Promise<void> {
    const { store } = this.options;
    const fresh = reads.filter(
      (read): read is Extract<EntityRead, { readable: true }> => read.readable,
    );
    const freshRefs = new Set(fresh.map(read => read.entityRef));
    const others = (await store.listSummaries()).filter(
      decision => !freshRefs.has(lower(decision.entityRef)),
    );
    const linksOf = new Map(
      resolveDecisionLinks([
        ...others,
        ...fresh.flatMap(read => read.decisions),
      ]).map(decision => [decision.id, decision.links]),
    );
    const resolved = (decision: StoredDecision) => ({
      ...decision,
      links: linksOf.get(decision.id) ?? decision.links,
    });

    for (const read of reads) {
      if (read.readable) {
        await store.replaceEntity(
          read.entityRef,
          read.decisions.map(resolved),
          read.source,
        );
      } else {
        await store.recordUnreadable(read.entityRef, read.source);
      }
    }
    const sameLinks = (a: DecisionLink[], b: DecisionLink[] | undefined) =>
      JSON.stringify(a) === JSON.stringify(b);
    await store.updateLinks(
      others
        .filter(
          decision => !sameLinks(decision.links, linksOf.get(decision.id)),
        )
        .map(decision => ({
          id: decision.id,
          links: linksOf.get(decision.id)!,
        })),
    );
  }
}
