import { apiVersionProblem } from './apiVersionProblem';
import { safeEcho } from './safeEcho';

describe('apiVersionProblem', () => {
  it.each([
    ['openslo/v1', undefined],
    [
      'openslo/v1alpha',
      'openslo/v1alpha is an older OpenSLO version: the portal reads openslo/v1',
    ],
    [
      'openslo/v1beta1',
      'openslo/v1beta1 is an older OpenSLO version: the portal reads openslo/v1',
    ],
    [
      'openslo.com/v2alpha',
      'openslo.com/v2alpha is a newer OpenSLO version: the portal reads openslo/v1',
    ],
    [
      'openslo/v2',
      'openslo/v2 is a newer OpenSLO version: the portal reads openslo/v1',
    ],
    [
      'openslo/latest',
      'openslo/latest is an OpenSLO version the portal does not read: the portal reads openslo/v1',
    ],
    ['OpenSLO/v1', 'OpenSLO/v1 must be written openslo/v1, in lowercase'],
    ['sloth.slok.dev/v1', 'must be openslo/v1'],
    ['v1', 'must be openslo/v1'],
    [undefined, 'must be openslo/v1'],
    [1, 'must be openslo/v1'],
    [{ toString: 'openslo/v1' }, 'must be openslo/v1'],
  ])('reads %p', (apiVersion, problem) => {
    expect(apiVersionProblem(apiVersion)).toBe(problem);
  });

  it.each([
    ['markup', 'openslo/v1<script>alert(1)</script>'],
    ['a newline', 'openslo/v1alpha\nkind: evil'],
    ['a long value', `openslo/v${'1'.repeat(5000)}`],
  ])('names the version without quoting %s', (_label, apiVersion) => {
    expect(apiVersionProblem(apiVersion)).toMatch(
      /^this apiVersion is (an older|a newer|an) OpenSLO version.*: the portal reads openslo\/v1$/,
    );
  });
});

describe('safeEcho', () => {
  it.each([
    ['depot-scanner', 'depot-scanner'],
    ['openslo.com/v2alpha', 'openslo.com/v2alpha'],
    ['x'.repeat(63), 'x'.repeat(63)],
    ['x'.repeat(64), undefined],
    ['-leading-dash', undefined],
    ['has space', undefined],
    ['"quoted"', undefined],
    ['tab\there', undefined],
    [42, undefined],
    [undefined, undefined],
  ])('echoes %p as %p', (value, echoed) => {
    expect(safeEcho(value)).toBe(echoed);
  });
});
