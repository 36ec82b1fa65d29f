import { encodePath, encodeQuery } from './requestUrl';

describe('encodePath', () => {
  it('encodes each segment, so a slash or a question mark stays inside it', () => {
    expect(encodePath('component', 'default', 'svc-ledger')).toBe(
      '/component/default/svc-ledger',
    );
    expect(encodePath('a/b', 'c?d=1', 'é #')).toBe(
      '/a%2Fb/c%3Fd%3D1/%C3%A9%20%23',
    );
  });
});

describe('encodeQuery', () => {
  it('leaves out unset and empty options and comma-joins lists', () => {
    expect(
      encodeQuery({
        status: ['accepted', 'proposed'],
        q: '',
        owner: undefined,
        limit: 20,
        offset: 0,
        tag: [],
      }),
    ).toBe('?status=accepted%2Cproposed&limit=20&offset=0');
  });

  it('gives an empty string when no option is set', () => {
    expect(encodeQuery({})).toBe('');
    expect(encodeQuery({ q: '', tag: [] })).toBe('');
  });

  it('encodes what could end the value or start another option', () => {
    expect(encodeQuery({ q: 'a&b=c #d' })).toBe('?q=a%26b%3Dc+%23d');
  });
});
