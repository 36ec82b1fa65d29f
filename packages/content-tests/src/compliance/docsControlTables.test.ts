import {
  loadCatalog,
  refName,
  rowLabel,
  tablesWithColumns,
} from '../docs/__testUtils__/contentModel';
import { codeSpans, plainText } from '../docs/__testUtils__/markdownTables';
import { CatalogGroups } from '../docs/__testUtils__/ownershipCheck';
import {
  complianceContent,
  loadComplianceFolder,
  splitRequirementRef,
} from './__testUtils__/complianceFolder';

/**
 * Each framework's page in the platform documentation has a "Controls and
 * evidence" table for auditors reading the docs rather than the YAML. It must
 * say what the control files say: which controls serve the framework, with
 * which requirements, checks, owner and frequency.
 */
const { controls } = complianceContent(loadComplianceFolder());
const groups = new CatalogGroups(loadCatalog());

const COLUMNS = [
  'Control',
  'What it shows',
  'Evidence',
  'Requirements',
  'Owner',
  'Frequency',
];

describe.each([
  { framework: 'gdpr', page: 'compliance/gdpr.md' },
  { framework: 'pci-dss', page: 'compliance/pci-dss.md' },
  { framework: 'soc2', page: 'compliance/soc2.md' },
])('$page', ({ framework, page }) => {
  const tables = tablesWithColumns(page, COLUMNS);
  const serving = controls
    .map(({ control }) => control)
    .filter(control =>
      control.spec.requirements.some(
        ref => splitRequirementRef(ref).framework === framework,
      ),
    );

  it('has one table of controls', () => {
    expect(tables).toHaveLength(1);
  });

  it(`lists exactly the controls that serve ${framework}`, () => {
    const listed = tables[0].rows
      .map(row => codeSpans(row.cells.Control)[0])
      .sort();
    expect(listed).toEqual(serving.map(control => control.metadata.id).sort());
  });

  it('gives each control the checks, requirements, owner and frequency of its file', () => {
    const disagreements = tables[0].rows.flatMap(row => {
      const id = codeSpans(row.cells.Control)[0];
      const control = serving.find(c => c.metadata.id === id);
      if (!control) return [];
      const expected = {
        evidence: control.spec.evidence.map(e => e.check),
        requirements: control.spec.requirements
          .map(splitRequirementRef)
          .filter(ref => ref.framework === framework)
          .map(ref => ref.requirement),
        owner: groups.title(refName(control.spec.owner)),
        frequency: control.spec.frequency,
      };
      const written = {
        evidence: codeSpans(row.cells.Evidence),
        requirements: codeSpans(row.cells.Requirements),
        owner: plainText(row.cells.Owner),
        frequency: plainText(row.cells.Frequency),
      };
      return JSON.stringify(written) === JSON.stringify(expected)
        ? []
        : [{ where: rowLabel(tables[0], row, id), written, expected }];
    });
    expect(disagreements).toEqual([]);
  });
});
