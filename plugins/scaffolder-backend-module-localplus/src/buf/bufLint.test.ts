import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bufLint } from './bufLint';

jest.setTimeout(60_000);

describe('bufLint', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'buf-lint-'));
    fs.writeFileSync(
      path.join(dir, 'buf.yaml'),
      'version: v2\nlint:\n  use: [STANDARD]\n',
    );
    fs.mkdirSync(path.join(dir, 'localplus/test/v1'), { recursive: true });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const writeProto = (text: string) =>
    fs.writeFileSync(path.join(dir, 'localplus/test/v1/test.proto'), text);

  it('accepts a clean module', async () => {
    writeProto(
      'syntax = "proto3";\npackage localplus.test.v1;\n\nservice PingService {\n  rpc Ping(PingRequest) returns (PingResponse);\n}\n\nmessage PingRequest {}\n\nmessage PingResponse {}\n',
    );
    await expect(bufLint(dir)).resolves.toEqual([]);
  });

  it('reports naming violations with their location', async () => {
    writeProto(
      'syntax = "proto3";\npackage localplus.test.v1;\n\nservice Ping {\n  rpc Ping(PingRequest) returns (PingRequest);\n}\n\nmessage PingRequest {}\n',
    );
    const violations = await bufLint(dir);
    expect(violations.length).toBeGreaterThan(0);
    expect(violations.join('\n')).toMatch(
      /localplus\/test\/v1\/test\.proto:\d+:\d+:.*Service/,
    );
  });

  it('reports a syntax error instead of passing', async () => {
    writeProto('syntax = "proto3";\npackage localplus.test.v1;\nmessage {');
    await expect(bufLint(dir)).resolves.not.toEqual([]);
  });
});
