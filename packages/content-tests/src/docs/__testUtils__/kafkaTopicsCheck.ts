import { CatalogRecord, refName, rowLabel } from './contentModel';
import { codeSpans, MarkdownTable } from './markdownTables';

const TOPIC = 'localplus.io/kafka-topic';
const RETENTION = 'localplus.io/retention';

/** A Kafka topic as the catalog describes it: an API entity and its relations. */
export interface CatalogTopic {
  api: string;
  topic: string;
  retentionDays?: number;
  producers: string[];
  consumers: string[];
}

/** The topics of the catalog, from the API entities and the components' providesApis / consumesApis. */
export function catalogTopics(catalog: CatalogRecord[]): CatalogTopic[] {
  const components = catalog.filter(r => r.entity.kind === 'Component');
  const using = (api: string, relation: 'providesApis' | 'consumesApis') =>
    components
      .filter(({ entity }) =>
        (entity.spec?.[relation] ?? []).some(ref => refName(ref) === api),
      )
      .map(({ entity }) => entity.metadata.name)
      .sort();
  return catalog
    .filter(
      r => r.entity.kind === 'API' && r.entity.metadata.annotations?.[TOPIC],
    )
    .map(({ entity }) => {
      const retention = /^(\d+)d$/.exec(
        entity.metadata.annotations?.[RETENTION] ?? '',
      );
      return {
        api: entity.metadata.name,
        topic: entity.metadata.annotations![TOPIC],
        retentionDays: retention ? Number(retention[1]) : undefined,
        producers: using(entity.metadata.name, 'providesApis'),
        consumers: using(entity.metadata.name, 'consumesApis'),
      };
    });
}

/**
 * The services of a cell: `svc-notification`, `svc-analytics` (planned).
 * A service marked "planned" has no catalog entity yet and is kept apart.
 */
function services(cell: string): { named: string[]; planned: string[] } {
  const named: string[] = [];
  const planned: string[] = [];
  for (const part of cell.split(',')) {
    const [name] = codeSpans(part);
    if (!name) continue;
    (/\bplanned\b/i.test(part) ? planned : named).push(name);
  }
  return { named: named.sort(), planned };
}

const list = (names: string[]) => (names.length ? names.join(', ') : 'none');

/**
 * The topic table of the data docs (Topic | Producer | Consumers |
 * Retention) against the catalog's API entities and their relations.
 */
export function checkTopicTable(
  table: MarkdownTable,
  catalog: CatalogRecord[],
): string[] {
  const topics = catalogTopics(catalog);
  const componentNames = new Set(
    catalog
      .filter(r => r.entity.kind === 'Component')
      .map(r => r.entity.metadata.name),
  );
  const problems: string[] = [];
  const documented = new Set<string>();
  for (const row of table.rows) {
    const [topicName] = codeSpans(row.cells.Topic);
    const where = rowLabel(table, row, topicName ?? row.cells.Topic);
    const topic = topics.find(t => t.topic === topicName);
    if (!topic) {
      problems.push(
        `${where}: topic ${topicName} has no API entity with a ${TOPIC} annotation in the catalog`,
      );
      continue;
    }
    documented.add(topic.topic);
    for (const [column, expected] of [
      ['Producer', topic.producers],
      ['Consumers', topic.consumers],
    ] as const) {
      const { named, planned } = services(row.cells[column] ?? '');
      if (list(named) !== list(expected)) {
        problems.push(
          `${where}: ${column} lists ${list(named)} but in the catalog ${list(
            expected,
          )} ${column === 'Producer' ? 'provide' : 'consume'} the API ${
            topic.api
          } (${column === 'Producer' ? 'providesApis' : 'consumesApis'})`,
        );
      }
      const listed = named.filter(name => !componentNames.has(name));
      for (const name of planned.filter(n => componentNames.has(n))) {
        problems.push(
          `${where}: ${column} marks ${name} as planned but it is a catalog component`,
        );
      }
      for (const name of listed.filter(n => !expected.includes(n))) {
        problems.push(
          `${where}: ${column} names ${name}, which is not a catalog component; mark it "(planned)" or catalog it`,
        );
      }
    }
    const retention = /(\d+)\s*days?/.exec(row.cells.Retention ?? '');
    if (Number(retention?.[1]) !== topic.retentionDays) {
      problems.push(
        `${where}: Retention "${row.cells.Retention}" but the API ${topic.api} has ${RETENTION}: ${topic.retentionDays}d`,
      );
    }
  }
  for (const topic of topics.filter(t => !documented.has(t.topic))) {
    problems.push(
      `${table.file}:${table.line}: no row for topic ${topic.topic} (API ${topic.api} in the catalog)`,
    );
  }
  return problems;
}

/**
 * A per-service table (Service | … | Kafka topics it produces | Kafka topics
 * it consumes | …) against the same relations.
 */
export function checkServiceTopics(
  table: MarkdownTable,
  catalog: CatalogRecord[],
): string[] {
  const topics = catalogTopics(catalog);
  const problems: string[] = [];
  const columns = [
    ['Kafka topics it produces', 'producers'],
    ['Kafka topics it consumes', 'consumers'],
  ] as const;
  for (const row of table.rows) {
    const [service] = codeSpans(row.cells.Service);
    for (const [column, relation] of columns) {
      if (!table.header.includes(column)) continue;
      const named = codeSpans(row.cells[column])
        .filter(name => name.includes('.'))
        .sort();
      const expected = topics
        .filter(topic => topic[relation].includes(service))
        .map(topic => topic.topic)
        .sort();
      if (list(named) !== list(expected)) {
        problems.push(
          `${rowLabel(table, row, service)}: ${column} lists ${list(
            named,
          )} but the catalog has ${list(expected)}`,
        );
      }
    }
  }
  return problems;
}
