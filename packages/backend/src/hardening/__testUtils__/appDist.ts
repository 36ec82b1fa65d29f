import fs from 'node:fs';
import path from 'node:path';
import { ConfigSchema } from '@backstage/config-loader';
import { repositoryRoot } from './portalConfig';

/**
 * Writes what the app backend serves from an app build into `root/dist`:
 * the app's own HTML template, an empty bundle and, when given, the config
 * schema the build bundles. Tests point the `app` package there with
 * overridePackagePathResolution, so they need no frontend build.
 */
export function writeAppDist(root: string, schema?: ConfigSchema): void {
  const dist = path.join(root, 'dist');
  fs.mkdirSync(path.join(dist, 'static'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'static', 'main.js'), '');
  fs.copyFileSync(
    path.join(repositoryRoot, 'packages/app/public/index.html'),
    path.join(dist, 'index.html.tmpl'),
  );
  if (schema) {
    fs.writeFileSync(
      path.join(dist, '.config-schema.json'),
      JSON.stringify(schema.serialize()),
    );
  }
}
