import { parseEntityRef } from '@backstage/catalog-model';
import { sloEntityPath } from '@localplus/plugin-slo-common';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import {
  checkAnswer,
  errorMessage,
  type PluginApiClient,
  SourceError,
} from '@localplus/plugin-compliance-node';

const text = z.string().max(10_000);

/** The parts of the SLO overview the checks rely on; anything else is ignored. */
const overviewSchema = z.object({
  rows: z
    .array(
      z.object({
        key: text,
        entityRef: text,
        sloName: text,
        objectiveName: text,
        status: z.enum(['ok', 'no-data', 'error']),
        error: text.optional(),
        state: z.enum(['normal', 'careful', 'freeze', 'emergency']).nullable(),
      }),
    )
    .max(200_000),
  documentProblems: z
    .array(z.object({ entityRef: text, problems: z.array(text).max(1000) }))
    .max(200_000),
});

export type SloOverviewRow = z.infer<typeof overviewSchema>['rows'][number];

/** The SLO backend's overview, indexed by lower-cased entity ref. */
export interface SloOverviewIndex {
  url: string;
  objectivesOf(entityRef: string): SloOverviewRow[];
  problemsOf(entityRef: string): string[];
}

/** The alerting rules of a rule file, as the SLO backend generates them. */
const ruleFileSchema = z.object({
  groups: z
    .array(
      z.object({
        name: text,
        rules: z
          .array(
            z.object({
              alert: text.optional(),
              labels: z.record(z.string().max(200), text).optional(),
            }),
          )
          .max(10_000),
      }),
    )
    .max(10_000),
});

export interface ExpectedAlert {
  name: string;
  labels: Record<string, string>;
}

/** An entity's generated rule file: its alerts, or why there is none. */
export type EntityAlertRules =
  | { url: string; kind: 'alerts'; alerts: ExpectedAlert[] }
  | { url: string; kind: 'none'; reason: string };

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

/** What the checks read from the SLO backend (`/api/slo`). */
export class SloBackendClient {
  constructor(private readonly client: PluginApiClient) {}

  /** Every objective of every entity with SLOs, measured now, without chart series. */
  async overview(signal: AbortSignal): Promise<SloOverviewIndex> {
    const { url, body } = await this.client.getJson(
      '/overview',
      overviewSchema,
      signal,
    );
    const rows = groupBy(body.rows, row => lower(row.entityRef));
    const problems = new Map(
      body.documentProblems.map(p => [lower(p.entityRef), p.problems]),
    );
    return {
      url,
      objectivesOf: ref => rows.get(lower(ref)) ?? [],
      problemsOf: ref => problems.get(lower(ref)) ?? [],
    };
  }

  /**
   * The burn-rate alerts the SLO backend generates for an entity (the
   * "Download Prometheus rules" file). 404 and 400 mean the entity has no
   * SLO to generate from: that is an answer, not a failure.
   */
  async alertRules(
    entityRef: string,
    signal: AbortSignal,
  ): Promise<EntityAlertRules> {
    const path = `/${sloEntityPath(parseEntityRef(entityRef))}/rules`;
    const url = await this.client.url(path);
    let yaml: string;
    try {
      ({ text: yaml } = await this.client.getText(
        path,
        signal,
        'application/yaml',
      ));
    } catch (error) {
      if (
        error instanceof SourceError &&
        (error.status === 404 || error.status === 400)
      ) {
        return { url, kind: 'none', reason: error.message };
      }
      throw error;
    }
    let document: unknown;
    try {
      // The generator writes no aliases; one in the answer is hostile.
      document = parseYaml(yaml, { maxAliasCount: 0 });
    } catch (error) {
      throw new SourceError(
        `GET ${url} did not answer a YAML rule file: ${errorMessage(error)}`,
      );
    }
    const file = checkAnswer(ruleFileSchema, document, `GET ${url}`);
    const alerts = file.groups.flatMap(group =>
      group.rules.flatMap(rule =>
        rule.alert ? [{ name: rule.alert, labels: rule.labels ?? {} }] : [],
      ),
    );
    return { url, kind: 'alerts', alerts };
  }
}
