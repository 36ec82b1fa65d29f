import type {
  CacheService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  formatOpenSloProblem,
  OpenSloSlo,
  parseOpenSloDocuments,
} from '@localplus/plugin-slo-common';
import {
  OpenSloDocumentLoader,
  OPENSLO_ANNOTATION,
} from './openSloDocumentLoader';

/** An entity's SLOs as far as they could be read, and what was wrong. */
export type EntitySloDocuments = {
  entity: Entity;
  entityRef: string;
  location?: string;
  slos: OpenSloSlo[];
  /** One line per problem, naming the document and field at fault. */
  problems: string[];
};

type CachedRead = { location?: string; text?: string; error?: string };

/**
 * Reads and parses each entity's OpenSLO file, keeping the text for a while
 * so the org view does not refetch every file on each visit. Any failure is a
 * problem of that entity alone.
 */
export class EntitySloDocumentReader {
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
    const read = await this.readText(entity, entityRef);
    if (read.error !== undefined || read.text === undefined) {
      return {
        entity,
        entityRef,
        location: read.location,
        slos: [],
        problems: [read.error ?? 'The OpenSLO file could not be read'],
      };
    }
    const { documents, problems } = parseOpenSloDocuments(read.text);
    const slos = documents.filter(
      (document): document is OpenSloSlo => document.kind === 'SLO',
    );
    return {
      entity,
      entityRef,
      location: read.location,
      slos,
      problems: [
        ...problems.map(formatOpenSloProblem),
        ...(problems.length === 0 && slos.length === 0
          ? ['The OpenSLO file holds no SLO document']
          : []),
      ],
    };
  }

  private async readText(
    entity: Entity,
    entityRef: string,
  ): Promise<CachedRead> {
    const key = `document:v1:${entityRef}:${
      entity.metadata.annotations?.[OPENSLO_ANNOTATION] ?? ''
    }:${entity.metadata.etag ?? ''}`;
    const cached = await this.options.cache.get<CachedRead>(key);
    if (cached) {
      return cached;
    }
    let read: CachedRead;
    try {
      read = await this.options.loader.load(entity);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.options.logger.info(
        `The OpenSLO file of ${entityRef} could not be read: ${message}`,
      );
      read = { error: message };
    }
    await this.options.cache.set(key, read, {
      ttl: { seconds: this.options.cacheTtlSeconds },
    });
    return read;
  }
}
