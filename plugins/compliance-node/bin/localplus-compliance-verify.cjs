#!/usr/bin/env node
/*
 * The offline verifier of a LOCAL-PLUS compliance export:
 *   localplus-compliance-verify [--head <sequence>:<sha-256>] [--json] <export.zip>
 * Exit codes: 0 verified, 1 not verified, 2 usage error or unreadable file.
 *
 * It runs the TypeScript sources through Backstage's Node transform, as the
 * monorepo's other commands do.
 */
require('@backstage/cli-node/config/nodeTransform.cjs');
const { main } = require('../src/verifier/cli.ts');

main(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
}).then(
  code => {
    process.exitCode = code;
  },
  error => {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
