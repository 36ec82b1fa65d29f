import type { EvidenceCollector } from '@localplus/plugin-compliance-node';
import { CollectorRegistry } from './installedCollectors';

const collector = (
  id: string,
  checks: string[] = ['owner'],
): EvidenceCollector => ({
  id,
  title: id,
  description: id,
  checks: checks.map(check => ({
    id: check,
    title: check,
    description: check,
  })),
  collect: async () => [],
});

describe('CollectorRegistry', () => {
  it('installs the built-in collectors first, then the modules in order', () => {
    const registry = new CollectorRegistry();
    registry.extensionPoint.addCollector(collector('catalog'));
    registry.extensionPoint.addCollector(collector('github'));
    expect(
      registry.installed([collector('ledger', ['integrity'])]).map(c => c.id),
    ).toEqual(['ledger', 'catalog', 'github']);
  });

  it.each([
    [
      'a second collector with one id',
      ['catalog', 'catalog'],
      /id "catalog" is already installed/,
    ],
    [
      'the id of a built-in collector',
      ['ledger'],
      /id "ledger" is already installed/,
    ],
    [
      'an id with a dot',
      ['cat.alog'],
      /must be lower-case letters, digits and dashes, got "cat.alog"/,
    ],
    ['an upper-case id', ['Catalog'], /got "Catalog"/],
  ])('refuses %s', (_, ids, message) => {
    const registry = new CollectorRegistry();
    const add = () =>
      ids.forEach(id => registry.extensionPoint.addCollector(collector(id)));
    expect(add).toThrow(message);
  });

  it('refuses malformed or repeated check ids', () => {
    const registry = new CollectorRegistry();
    expect(() =>
      registry.extensionPoint.addCollector(
        collector('catalog', ['owner', 'owner']),
      ),
    ).toThrow('Evidence collector "catalog" lists check "owner" twice');
    expect(() =>
      registry.extensionPoint.addCollector(
        collector('catalog', ['catalog.owner']),
      ),
    ).toThrow(/check id "catalog.owner"/);
  });
});
