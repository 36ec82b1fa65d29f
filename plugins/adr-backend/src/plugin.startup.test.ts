import { createBackendModule } from '@backstage/backend-plugin-api';
import { adrParsersExtensionPoint } from '@localplus/plugin-adr-node';
import { startAdrTestBackend } from './__testUtils__/adrTestBackend';
import {
  adrTestFolders,
  fakeParserModule,
} from './__testUtils__/startAdrBackend';

jest.setTimeout(60_000);

const sameIdModule = createBackendModule({
  pluginId: 'adr',
  moduleId: 'copycat-parser',
  register(reg) {
    reg.registerInit({
      deps: { parsers: adrParsersExtensionPoint },
      async init({ parsers }) {
        parsers.addParser({
          id: 'fake',
          canParse: () => false,
          parse: () => {
            throw new Error('never asked');
          },
        });
      },
    });
  },
});

describe('the ADR backend at startup', () => {
  it.each([
    [
      { refreshInterval: '10s' },
      'adr.refreshInterval must be from 1 minute to 1 day',
    ],
    [
      { authoring: { target: 'local' } },
      'adr.authoring.localRepository is required when adr.authoring.target is local',
    ],
    [
      { authoring: { target: 'svn' } },
      'adr.authoring.target must be github or local',
    ],
  ])('refuses the configuration %j', async (adr, message) => {
    await expect(
      startAdrTestBackend({
        folders: adrTestFolders(),
        features: [fakeParserModule],
        config: { adr },
      }),
    ).rejects.toThrow(message);
  });

  it('refuses two parsers with one id', async () => {
    await expect(
      startAdrTestBackend({
        folders: adrTestFolders(),
        features: [fakeParserModule, sameIdModule],
      }),
    ).rejects.toThrow('A decision parser with id "fake" is already installed');
  });
});
