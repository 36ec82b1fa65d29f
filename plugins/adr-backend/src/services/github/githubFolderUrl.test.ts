import { InputError } from '@backstage/errors';
import { ScmIntegrations } from '@backstage/integration';
import { githubConfig } from '../../__testUtils__/githubApiMock';
import {
  encodePath,
  parseGithubFolderUrl,
  pathInFolder,
} from './githubFolderUrl';

const integrations = ScmIntegrations.fromConfig(githubConfig());
const parse = (url: string) => parseGithubFolderUrl(url, integrations);

describe('parseGithubFolderUrl', () => {
  it('reads owner, repository, branch and folder', () => {
    expect(parse('https://github.com/localplus/docs/tree/main/adr')).toEqual({
      host: 'github.com',
      owner: 'localplus',
      repo: 'docs',
      branch: 'main',
      path: 'adr',
      repositoryUrl: 'https://github.com/localplus/docs',
    });
  });

  it('accepts nested and encoded folders, a trailing slash, the root and an Enterprise host', () => {
    expect(
      parse(
        'https://GitHub.com/localplus/docs/tree/v2.1_x/docs/Decision%20log/',
      ).path,
    ).toBe('docs/Decision log');
    expect(parse('https://github.com/localplus/docs/tree/main')).toMatchObject({
      branch: 'main',
      path: '',
    });
    expect(
      parse(
        'https://ghe.localplus.example/platform/handbook.site/tree/main/adr',
      ),
    ).toMatchObject({
      host: 'ghe.localplus.example',
      repo: 'handbook.site',
      repositoryUrl: 'https://ghe.localplus.example/platform/handbook.site',
    });
  });

  it.each([
    [
      'https://gitlab.com/localplus/docs/tree/main/adr',
      'gitlab.com is not a GitHub host',
    ],
    ['https://github.com/localplus/docs/tree/main/./adr', 'plain names'],
    ['https://github.com/localplus/docs/tree/main//adr', 'plain names'],
    ['https://github.com/localplus/docs/tree/main/adr/%E0%A4%A', 'plain names'],
    ['https://github.com/localplus/docs/tree/main/%2e%2e', 'plain names'],
    ['https://github.com/localplus/docs/tree/main/%00', 'plain names'],
    [
      `https://github.com/localplus/docs/tree/main${'/a'.repeat(21)}`,
      'deeper than 20 levels',
    ],
    ['https://github.com/localplus/docs/tree/ma..in/adr', 'names a branch'],
    ['https://github.com/localplus/docs/tree/main.lock/adr', 'names a branch'],
    ['https://github.com/localplus/docs/tree/.hidden/adr', 'names a branch'],
    ['https://github.com/localplus/docs/tree', 'does not name a branch'],
    ['https://github.com/localplus', 'does not name a branch'],
    [
      'https://github.com/localplus/docs/commits/main/adr',
      'does not name a branch',
    ],
    [
      'https://github.com/local_plus/docs/tree/main/adr',
      'owner and repository',
    ],
    ['https://github.com/localplus/do cs/tree/main/adr', 'not a folder URL'],
    ['https://github.com/localplus/docs/tree/main/adr#x', 'not a folder URL'],
    [
      'https://user@github.com/localplus/docs/tree/main/adr',
      'not a folder URL',
    ],
    ['https://github.com\\localplus/docs/tree/main/adr', 'not a folder URL'],
    ['ssh://github.com/localplus/docs/tree/main/adr', 'not a folder URL'],
    ['github.com/localplus/docs/tree/main/adr', 'not a folder URL'],
  ])('refuses %s', (url, message) => {
    expect(() => parse(url)).toThrow(InputError);
    expect(() => parse(url)).toThrow(message);
  });
});

describe('paths in a folder', () => {
  it('joins the file to the folder and encodes each segment for URLs', () => {
    const folder = parse(
      'https://github.com/localplus/docs/tree/main/docs/Decision%20log',
    );
    expect(pathInFolder(folder, '0001-x.md')).toBe(
      'docs/Decision log/0001-x.md',
    );
    expect(pathInFolder({ ...folder, path: '' }, '0001-x.md')).toBe(
      '0001-x.md',
    );
    expect(encodePath('docs/Decision log/0001 #x.md')).toBe(
      'docs/Decision%20log/0001%20%23x.md',
    );
  });
});
