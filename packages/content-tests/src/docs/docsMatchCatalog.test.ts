import {
  loadCatalog,
  loadTierModel,
  tablesWithColumns,
} from './__testUtils__/contentModel';
import {
  checkServiceTopics,
  checkTopicTable,
} from './__testUtils__/kafkaTopicsCheck';
import {
  CatalogGroups,
  checkComponentOwners,
  checkTierOwners,
} from './__testUtils__/ownershipCheck';
import { checkSloTable } from './__testUtils__/sloObjectivesCheck';
import {
  checkRepositoryTables,
  checkTierOverview,
} from './__testUtils__/tiersCheck';

/**
 * The pages of the platform documentation that list facts the catalog also
 * holds, checked against it: a failure names the page, the row and the value
 * that disagrees. The catalog follows the seeds; when a fact changes, change
 * the catalog and the page together.
 */
const catalog = loadCatalog();
const tierModel = loadTierModel();
const groups = new CatalogGroups(catalog);

describe('the platform documentation agrees with the catalog', () => {
  it('lists every OpenSLO objective of the catalog, with its target and budget', () => {
    const tables = tablesWithColumns('operations/slos-and-error-budgets.md', [
      'Service',
    ]).filter(table => table.header.includes('SLO'));
    expect(tables).toHaveLength(1);
    expect(checkSloTable(tables[0], catalog)).toEqual([]);
  });

  it('gives each Kafka topic the producer, consumers and retention of the catalog', () => {
    const tables = tablesWithColumns('data/kafka-topics.md', [
      'Topic',
      'Producer',
      'Consumers',
      'Retention',
    ]);
    expect(tables).toHaveLength(1);
    expect(checkTopicTable(tables[0], catalog)).toEqual([]);
  });

  it('gives each domain service the Kafka topics it provides and consumes in the catalog', () => {
    const tables = tablesWithColumns('architecture/domain-services.md', [
      'Service',
    ]).filter(table => table.header.includes('Kafka topics it produces'));
    expect(tables).toHaveLength(1);
    expect(checkServiceTopics(tables[0], catalog)).toEqual([]);
  });

  it('names owners by the titles of catalog groups, as localplus.tiers allows them', () => {
    const tables = tablesWithColumns('tiers-and-ownership.md', ['Tier']);
    expect(tables.length).toBeGreaterThan(0);
    expect(
      tables.flatMap(table => checkTierOwners(table, groups, tierModel.levels)),
    ).toEqual([]);
  });

  it('names the owner of each repository and service as the catalog does', () => {
    const tables = [
      ...tablesWithColumns('tiers-and-ownership.md', ['Repository']),
      ...tablesWithColumns('architecture/domain-services.md', ['Service']),
    ].filter(table => table.header.includes('Owner'));
    expect(tables.length).toBeGreaterThan(0);
    expect(
      tables.flatMap(table => checkComponentOwners(table, catalog, groups)),
    ).toEqual([]);
  });

  it('puts each repository in the tier its catalog entity and localplus.tiers give it', () => {
    const overview = tablesWithColumns('tiers-and-ownership.md', [
      'Tier',
      'Repositories',
    ]);
    expect(overview).toHaveLength(1);
    expect([
      ...checkTierOverview(overview[0], catalog, tierModel),
      ...checkRepositoryTables(
        tablesWithColumns('tiers-and-ownership.md', ['Repository']),
        catalog,
        tierModel,
      ),
    ]).toEqual([]);
  });
});
