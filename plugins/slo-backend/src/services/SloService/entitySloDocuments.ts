import type {
  CacheService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  formatOpenSloProblem,
  OPENSLO_ANNOTATION,
  OpenSloSlo,
  parseOpenSloDocuments,
} from '@localplus/plugin-slo-common';
import { InFlightWork } from './inFlightWork';
import { OpenSloDocumentLoader } from './openSloDocumentLoader';

/** An entity's SLOs as far as they could be read, and what was wrong. */
export type EntitySloDocuments = {
  entity: Entity;
  entityRef: string;
  location?: string;
  slos: OpenSloSlo[];
  /** One line per problem, naming the document and field at fault. */
  problems: string[];
};

/** What is cached per entity: parsed, since parsing costs more than reading. */
type CachedDocuments = Omit<EntitySloDocuments, 'entity' | 'entityRef'>;
type CacheValue = Parameters<CacheService['set']>[1];

/**
 * A file that could not be read (GitHub down, a timeout) is asked for again
 * after this long rather than the documents' TTL: the SLO pages recover
 * soon after its source does, and a burst still reads it once.
 */
export const FAILED_READ_CACHE_SECONDS = 30;

/**
 * Reads and parses each entity's OpenSLO file, keeping the text for a while
 * so the org view does not refetch every file on each visit. Any failure is a
 * problem of that entity alone.
 */
export class EntitySloDocumentReader {
  private readonly inFlight = new InFlightWork<CachedDocuments>();

  constructor(
    private readonly options: {
      loader: OpenSloDocumentLoader;
      cache: CacheService;
      logger: LoggerService;
      cacheTtlSeconds: number;
    },
  ) {}

  async read(entity: Entity): Promise<EntitySloDocuments> {
    const entityRef = stringifyEntityRef(entity);
    // The etag changes with every change of the entity, annotation included.
    const key = `documents:v2:${entityRef}:${
      entity.metadata.annotations?.[OPENSLO_ANNOTATION] ?? ''
    }:${entity.metadata.etag ?? ''}`;
    let cached = (await this.options.cache.get(key)) as
      | CachedDocuments
      | undefined;
    if (!cached) {
      // One read per file however many requests ask while it is read.
      cached = await this.inFlight.share(key, async () => {
        const { documents, readFailed } = await this.readAndParse(
          entity,
          entityRef,
        );
        const seconds = readFailed
          ? Math.min(FAILED_READ_CACHE_SECONDS, this.options.cacheTtlSeconds)
          : this.options.cacheTtlSeconds;
        // Parsed documents are plain JSON; their `unknown` fields only hide it from the types.
        await this.options.cache.set(key, documents as CacheValue, {
          ttl: { seconds },
        });
        return documents;
      });
    }
    return { entity, entityRef, ...cached };
  }

  private async readAndParse(
    entity: Entity,
    entityRef: string,
  ): Promise<{ documents: CachedDocuments; readFailed: boolean }> {
    let read: { location: string; text: string };
    try {
      read = await this.options.loader.load(entity);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.options.logger.info(
        `The OpenSLO file of ${entityRef} could not be read: ${message}`,
      );
      return {
        documents: { slos: [], problems: [message] },
        readFailed: true,
      };
    }
    const { documents, problems } = parseOpenSloDocuments(read.text);
    const slos = documents.filter(
      (document): document is OpenSloSlo => document.kind === 'SLO',
    );
    return {
      documents: {
        location: read.location,
        slos,
        problems: [
          ...problems.map(formatOpenSloProblem),
          ...(problems.length === 0 && slos.length === 0
            ? ['The OpenSLO file holds no SLO document']
            : []),
        ],
      },
      readFailed: false,
    };
  }
}
