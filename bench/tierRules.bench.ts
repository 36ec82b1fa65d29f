/*
 * Cost of the tier model rules on the bundled catalog, as a ratio against a
 * no-op pass over the same entities measured in the same run.
 *   node --require @backstage/cli-node/config/nodeTransform.cjs bench/tierRules.bench.ts
 */
import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { readTierModel } from '@localplus/plugin-tiers-common';
import fs from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { measureRuleCost } from '@localplus/plugin-catalog-backend-module-tier-model/testUtils';
import { compileTierModel } from '@localplus/plugin-catalog-backend-module-tier-model';

const root = path.resolve(__dirname, '..');

function catalogEntities(dir: string): Entity[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return catalogEntities(full);
    if (!entry.name.endsWith('.yaml')) return [];
    return parseAllDocuments(fs.readFileSync(full, 'utf8'))
      .map(doc => doc.toJS() as Entity)
      .filter(entity => entity?.apiVersion?.startsWith('backstage.io/'));
  });
}

const config = new ConfigReader(
  parse(fs.readFileSync(path.join(root, 'app-config.yaml'), 'utf8')),
);
const model = compileTierModel(readTierModel(config)!);
const entities = catalogEntities(path.join(root, 'catalog'));

for (const rounds of [1_000, 5_000]) {
  const { perEntityMicros, baselineMicros, ratio } = measureRuleCost(
    entities,
    model,
    rounds,
  );
  process.stdout.write(
    `tier rules over ${
      entities.length
    } entities x ${rounds}: ${perEntityMicros.toFixed(3)} µs/entity, ` +
      `baseline ${baselineMicros.toFixed(3)} µs/entity, ratio ${ratio.toFixed(
        1,
      )}x\n`,
  );
}
