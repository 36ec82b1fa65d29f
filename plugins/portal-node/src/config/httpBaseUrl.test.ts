import {
  apiTokenSchema,
  httpBaseUrlProblem,
  httpBaseUrlSchema,
  normalizeBaseUrl,
} from './httpBaseUrl';

describe('httpBaseUrlProblem', () => {
  it.each([
    ['https://api.pagerduty.com', undefined],
    ['http://127.0.0.1:9090/prometheus/', undefined],
    ['not a url', 'must be an absolute http or https URL'],
    ['/relative/path', 'must be an absolute http or https URL'],
    ['ftp://files.example.com', 'must be an http or https URL'],
    ['file:///etc/passwd', 'must be an http or https URL'],
    [
      'https://user:secret@api.github.com',
      'must not contain credentials; put them in token',
    ],
    [
      'https://api.github.com?token=x',
      'must not have a query string or fragment',
    ],
    ['https://api.github.com/#top', 'must not have a query string or fragment'],
  ])('%s: %s', (value, problem) => {
    expect(httpBaseUrlProblem(value, 'token')).toBe(problem);
  });

  it('names where the credentials go', () => {
    expect(httpBaseUrlProblem('https://a:b@prometheus:9090', 'headers')).toBe(
      'must not contain credentials; put them in headers',
    );
  });
});

describe('normalizeBaseUrl', () => {
  it('keeps a path prefix and drops trailing slashes', () => {
    expect(normalizeBaseUrl('https://ghe.example.com/api/v3///')).toBe(
      'https://ghe.example.com/api/v3',
    );
    expect(normalizeBaseUrl('HTTPS://API.GitHub.com/')).toBe(
      'https://api.github.com',
    );
  });
});

describe('httpBaseUrlSchema', () => {
  const schema = httpBaseUrlSchema('headers');

  it('answers the normalised URL', () => {
    expect(schema.parse('http://prometheus:9090/')).toBe(
      'http://prometheus:9090',
    );
  });

  it('refuses with the reason and never the value', () => {
    const result = schema.safeParse('https://admin:hunter2@prometheus:9090');
    expect(result.success).toBe(false);
    const message = result.error!.issues[0].message;
    expect(message).toBe('must not contain credentials; put them in headers');
    expect(message).not.toContain('hunter2');
    expect(schema.safeParse(42).error!.issues[0].message).toBe(
      'must be a URL string',
    );
  });
});

describe('apiTokenSchema', () => {
  const schema = apiTokenSchema(16);

  it('accepts one word up to the limit', () => {
    expect(schema.parse('ghp_0123456789ab')).toBe('ghp_0123456789ab');
  });

  it.each([
    ['', 'must not be empty'],
    ['x'.repeat(17), 'must be at most 16 characters'],
    ['two words', 'must be one word without spaces or control characters'],
    ['line\nbreak', 'must be one word without spaces or control characters'],
  ])('refuses %j with one reason that does not repeat it', (value, message) => {
    const issues = schema.safeParse(value).error!.issues;
    expect(issues.map(issue => issue.message)).toEqual([message]);
  });
});
