import {
  CatalogRecord,
  docsTables,
  loadCatalog,
} from '../docs/__testUtils__/contentModel';
import { codeSpans, plainText } from '../docs/__testUtils__/markdownTables';
import { CatalogGroups } from '../docs/__testUtils__/ownershipCheck';
import { docsLinkProblem, PORTAL_URL } from './__testUtils__/docsSections';

/**
 * The data classification annotations of the catalog, which the catalog
 * collector's checks read (catalog.data-classification, no-card-data,
 * erasure-procedure, lawful-basis), and the GDPR page that lists them.
 */
const CLASSIFICATION = 'localplus.io/data-classification';
const ERASURE = 'localplus.io/erasure-procedure';
const LAWFUL_BASIS = 'localplus.io/lawful-basis';

const CLASSIFICATIONS = ['public', 'internal', 'personal', 'card'];
const LAWFUL_BASES = [
  'consent',
  'contract',
  'legal-obligation',
  'legitimate-interests',
];

const catalog = loadCatalog();
const groups = new CatalogGroups(catalog);
const localplusTeams = groups.subtree('localplus');

const components = catalog.filter(({ entity }) => entity.kind === 'Component');
const annotation = ({ entity }: CatalogRecord, key: string) =>
  entity.metadata.annotations?.[key];
const name = ({ entity }: CatalogRecord) => entity.metadata.name;
const isPersonal = (record: CatalogRecord) =>
  annotation(record, CLASSIFICATION) === 'personal';
const ownedByLocalplus = ({ entity }: CatalogRecord) =>
  localplusTeams.has(
    (entity.spec?.owner ?? '').replace(/^group:(default\/)?/, ''),
  );

/** The table of a section of the GDPR page, by its heading and first column. */
function gdprTable(heading: string) {
  const tables = docsTables('compliance/gdpr.md').filter(
    table => table.heading === heading && table.header[0] === 'Service',
  );
  expect({ heading, tables: tables.length }).toEqual({ heading, tables: 1 });
  return tables[0];
}

describe('the data classification of the catalog', () => {
  it('uses only the four classifications and the four lawful bases the checks know', () => {
    const wrong = components.flatMap(record => {
      const classification = annotation(record, CLASSIFICATION);
      const basis = annotation(record, LAWFUL_BASIS);
      return [
        ...(classification !== undefined &&
        !CLASSIFICATIONS.includes(classification)
          ? [`${name(record)}: ${CLASSIFICATION} ${classification}`]
          : []),
        ...(basis !== undefined && !LAWFUL_BASES.includes(basis)
          ? [`${name(record)}: ${LAWFUL_BASIS} ${basis}`]
          : []),
      ];
    });
    expect(wrong).toEqual([]);
  });

  it('classifies every component that owns tables', () => {
    const unclassified = components
      .filter(record => annotation(record, 'localplus.io/owned-tables'))
      .filter(record => !annotation(record, CLASSIFICATION))
      .map(name);
    expect(unclassified).toEqual([]);
  });

  it('classifies no component as card: the payment provider keeps card numbers', () => {
    expect(
      components
        .filter(record => annotation(record, CLASSIFICATION) === 'card')
        .map(name),
    ).toEqual([]);
  });

  it('gives every component classified personal a lawful basis, and no other component one', () => {
    expect(
      components
        .filter(isPersonal)
        .filter(r => !annotation(r, LAWFUL_BASIS))
        .map(name),
    ).toEqual([]);
    expect(
      components
        .filter(r => !isPersonal(r))
        .filter(r => annotation(r, LAWFUL_BASIS) || annotation(r, ERASURE))
        .map(name),
    ).toEqual([]);
  });

  it('gives every LOCAL-PLUS component classified personal an erasure procedure on the GDPR page', () => {
    const personal = components.filter(isPersonal).filter(ownedByLocalplus);
    expect(personal.length).toBeGreaterThan(0);
    const problems = personal.map(record => {
      const link = annotation(record, ERASURE);
      if (!link) return `${name(record)}: no ${ERASURE}`;
      // The catalog collector reads an http(s) URL or a path relative to the
      // entity's file; the docs live outside catalog/, so a URL it is.
      if (!link.startsWith(`${PORTAL_URL}/`)) {
        return `${name(record)}: ${link} is not a URL of the portal`;
      }
      return docsLinkProblem(link);
    });
    expect(problems.filter(Boolean)).toEqual([]);
    // Each service its own section: the procedure is not the same everywhere.
    const links = personal.map(record => annotation(record, ERASURE));
    expect(new Set(links).size).toBe(links.length);
  });

  it('lists the LOCAL-PLUS services with their classification and lawful basis on the GDPR page', () => {
    const table = gdprTable('Data classification');
    const documented = table.rows.map(row => ({
      service: codeSpans(row.cells.Service)[0],
      classification: plainText(row.cells.Classification),
      basis: plainText(row.cells['Lawful basis']),
    }));
    const classified = components
      .filter(ownedByLocalplus)
      .filter(record => annotation(record, CLASSIFICATION))
      .map(record => ({
        service: name(record),
        classification: annotation(record, CLASSIFICATION),
        basis: annotation(record, LAWFUL_BASIS) ?? '—',
      }));
    expect(documented).toEqual(classified);
  });

  it('names on the GDPR page exactly the personal-data services of other organisations that have no erasure procedure', () => {
    const table = gdprTable('Other organisations in the portal');
    const documented = table.rows.map(row => ({
      service: codeSpans(row.cells.Service)[0],
      organisation: plainText(row.cells.Organisation),
      basis: plainText(row.cells['Lawful basis']),
    }));
    const organisationOf = (record: CatalogRecord) => {
      const owner = (record.entity.spec?.owner ?? '').replace(
        /^group:(default\/)?/,
        '',
      );
      const root = ['ecommerce-org', 'viridial-org'].find(org =>
        groups.subtree(org).has(owner),
      );
      return root ? groups.title(root) : `(${owner})`;
    };
    const missing = components
      .filter(isPersonal)
      .filter(record => !annotation(record, ERASURE));
    expect(missing.filter(ownedByLocalplus).map(name)).toEqual([]);
    const withoutProcedure = missing.map(record => ({
      service: name(record),
      organisation: organisationOf(record),
      basis: annotation(record, LAWFUL_BASIS),
    }));
    expect(documented).toEqual(withoutProcedure);
  });
});
