import {
  configVariables,
  productionConfigVariables,
} from './__testUtils__/productionConfigVariables';

describe('the variables of a configuration file', () => {
  it('reads ${NAME} and ${NAME:-default} in values, not in comments or escapes', () => {
    const text = [
      '# ${IN_A_COMMENT}',
      'a: ${REQUIRED}',
      'b: http://${HOST:-localhost}:${PORT}',
      'c: [$${ESCAPED}, "Bearer ${TOKEN}"]',
      'd: ${MIXED:-x}',
      'e: ${MIXED}',
    ].join('\n');
    expect(configVariables(text)).toEqual([
      { name: 'HOST', hasDefault: true },
      { name: 'MIXED', hasDefault: false },
      { name: 'PORT', hasDefault: false },
      { name: 'REQUIRED', hasDefault: false },
      { name: 'TOKEN', hasDefault: false },
    ]);
  });

  it('finds the secrets and the defaults of app-config.production.yaml', () => {
    const variables = productionConfigVariables();
    expect(variables).toEqual(
      expect.arrayContaining([
        { name: 'POSTGRES_PASSWORD', hasDefault: false },
        { name: 'PROMETHEUS_STAGING_TOKEN', hasDefault: false },
        { name: 'PORTAL_BASE_URL', hasDefault: true },
      ]),
    );
  });
});
