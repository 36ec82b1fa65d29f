import type {
  AuthService,
  CacheService,
  DatabaseService,
  LoggerService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { SloMetricSource } from '@localplus/plugin-slo-node';
import { DEFAULT_TIER_ANNOTATION } from '@localplus/plugin-tiers-common';
import { DefaultSloService } from './SloService/DefaultSloService';
import { EntitySloDocumentReader } from './SloService/entitySloDocuments';
import { ObjectiveEvaluator } from './SloService/objectiveEvaluator';
import { OpenSloDocumentLoader } from './SloService/openSloDocumentLoader';
import type { SloService } from './SloService/SloService';
import { NearCache } from './nearCache';
import { DatabaseSnapshotStore } from './SnapshotStore';

/** How the SLO service measures: the `slo.*` settings other than snapshots. */
export type SloServiceSettings = {
  /** The environment measured unless the entity names one. */
  defaultEnvironment: string;
  /** Low-traffic guard, also written into generated rules. */
  minimumEvents: number;
  cacheTtlSeconds: number;
  documentCacheTtlSeconds: number;
  batchSize: number;
  concurrency: number;
};

/** The defaults of every `slo.*` setting, as config.d.ts documents them. */
export const DEFAULT_SLO_SERVICE_SETTINGS: Readonly<SloServiceSettings> = {
  defaultEnvironment: 'prod',
  minimumEvents: 100,
  cacheTtlSeconds: 60,
  documentCacheTtlSeconds: 300,
  batchSize: 10,
  concurrency: 4,
};

export type CreateSloServiceOptions = {
  auth: AuthService;
  cache: CacheService;
  catalog: CatalogService;
  database: DatabaseService;
  logger: LoggerService;
  urlReader: UrlReaderService;
  /** The installed metric sources, by lower-case type. */
  sources: ReadonlyMap<string, SloMetricSource>;
  /** Settings left out take their defaults. */
  settings?: Partial<SloServiceSettings>;
  /** Where entities declare their tier: the tier model's annotation, `localplus.io/tier` by default. */
  tierAnnotation?: string;
  /** Evaluation time; tests pin it to a moment of their dataset. */
  clock?: () => Date;
};

/** The given settings over the defaults; a setting given as undefined is left out. */
function withDefaults(
  given: Partial<SloServiceSettings> = {},
): SloServiceSettings {
  const defined = Object.entries(given).filter(([, v]) => v !== undefined);
  return { ...DEFAULT_SLO_SERVICE_SETTINGS, ...Object.fromEntries(defined) };
}

/**
 * The SLO service with its document reader, evaluator and snapshot store, as
 * the plugin runs it. The snapshot store's migrations run here.
 */
export async function createSloService(
  options: CreateSloServiceOptions,
): Promise<SloService> {
  const { auth, catalog, database, logger, sources } = options;
  const settings = withDefaults(options.settings);
  // Measurements and documents are read from the shared cache on every
  // view; this process keeps what it read for a few seconds.
  const cache = new NearCache(options.cache);
  if (sources.size === 0) {
    logger.warn(
      'No SLO metric source is installed; objectives will show as not measurable',
    );
  }
  return new DefaultSloService({
    catalog,
    auth,
    logger,
    documents: new EntitySloDocumentReader({
      loader: new OpenSloDocumentLoader(options.urlReader),
      cache,
      logger,
      cacheTtlSeconds: settings.documentCacheTtlSeconds,
    }),
    evaluator: new ObjectiveEvaluator({
      sources,
      cache,
      logger,
      cacheTtlSeconds: settings.cacheTtlSeconds,
      batchSize: settings.batchSize,
      concurrency: settings.concurrency,
      minimumEvents: settings.minimumEvents,
    }),
    snapshots: await DatabaseSnapshotStore.create({ database }),
    defaultEnvironment: settings.defaultEnvironment,
    minimumEvents: settings.minimumEvents,
    tierAnnotation: options.tierAnnotation ?? DEFAULT_TIER_ANNOTATION,
    clock: options.clock,
  });
}
