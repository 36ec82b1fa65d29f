import type { DecisionParser } from '@localplus/plugin-adr-node';
import { installedParsers } from './installedParsers';

const parser = (id: string): DecisionParser => ({
  id,
  canParse: () => true,
  parse: () => {
    throw new Error('not used');
  },
});

describe('installedParsers', () => {
  it("asks the modules' parsers before the built-in ones", () => {
    expect(
      installedParsers(
        [parser('acme-rfc')],
        [parser('madr'), parser('nygard')],
      ).map(p => p.id),
    ).toEqual(['acme-rfc', 'madr', 'nygard']);
  });

  it('refuses a module parser taking a built-in id', () => {
    expect(() => installedParsers([parser('madr')], [parser('madr')])).toThrow(
      'Two decision parsers have the id "madr"; each id may be installed once',
    );
  });

  it('refuses a parser without an id', () => {
    expect(() => installedParsers([parser(' ')], [])).toThrow(
      'A decision parser was installed without an id',
    );
  });
});
