import { coreExtensionData } from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { catalogErrorsPage } from './plugin';

describe('catalogErrorsPage', () => {
  it('keeps the upstream Unprocessed Entities path and is titled for the nav', () => {
    const tester = createExtensionTester(catalogErrorsPage);

    expect(tester.get(coreExtensionData.routePath)).toBe(
      '/catalog-unprocessed-entities',
    );
    expect(tester.get(coreExtensionData.title)).toBe('Catalog errors');
  });
});
