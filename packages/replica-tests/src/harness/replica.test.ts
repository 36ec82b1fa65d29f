import fs from 'node:fs';
import path from 'node:path';
import { IMAGE_COMMAND } from './replica';

describe('IMAGE_COMMAND', () => {
  it("is packages/backend/Dockerfile's CMD after node", () => {
    const dockerfile = fs.readFileSync(
      path.resolve(__dirname, '../../../backend/Dockerfile'),
      'utf8',
    );
    const cmd = dockerfile.match(/^CMD (\[.*\])$/m);
    expect(cmd).not.toBeNull();
    expect(JSON.parse(cmd![1])).toEqual(['node', ...IMAGE_COMMAND]);
  });
});
