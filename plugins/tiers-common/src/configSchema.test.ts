import { ConfigVisibility, loadConfigSchema } from '@backstage/config-loader';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { tierModelSchema } from './tierModel';

jest.setTimeout(60_000);

const sample = parse(
  fs.readFileSync(
    path.join(__dirname, '__fixtures__/sample-tier-model.yaml'),
    'utf8',
  ),
);

async function processWithConfigDts(
  data: object,
  visibility?: ConfigVisibility[],
) {
  const schema = await loadConfigSchema({
    dependencies: ['@localplus/plugin-tiers-common'],
    excludePackageDependencies: true,
  });
  return schema.process([{ context: 'test', data: data as any }], {
    visibility,
  });
}

// config.d.ts and the zod schema describe the same keys: what one accepts,
// the other must too, and the whole model must reach the browser.
describe('config.d.ts', () => {
  it('accepts the sample model and shows all of it to the frontend', async () => {
    expect(tierModelSchema.safeParse(sample.localplus.tiers).success).toBe(
      true,
    );
    const [visible] = await processWithConfigDts(sample, ['frontend']);
    expect(visible.data).toEqual(sample);
  });

  it('refuses a level without an id, as the zod schema does', async () => {
    const { id, ...noId } = sample.localplus.tiers.levels[0];
    const tiers = { ...sample.localplus.tiers, levels: [noId] };
    expect(tierModelSchema.safeParse(tiers).success).toBe(false);
    await expect(
      processWithConfigDts({ localplus: { tiers } }),
    ).rejects.toThrow(
      /must have required property 'id' .* at \/localplus\/tiers\/levels\/0/,
    );
  });
});
