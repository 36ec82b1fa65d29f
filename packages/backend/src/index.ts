/*
 * The LOCAL-PLUS Developer Portal backend: wiring only. Behaviour lives in
 * the plugins and in @localplus/backend-platform; the feature list lives in
 * features.ts so tests start the same features.
 */
import { createBackend } from '@backstage/backend-defaults';
import { enforceProductionSafety } from '@localplus/backend-platform';
import { backendFeatures } from './features';

const backend = createBackend();

for (const feature of backendFeatures()) {
  backend.add(feature);
}

enforceProductionSafety().then(() => backend.start());
