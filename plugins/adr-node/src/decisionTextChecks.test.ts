import { MAX_DECISION_FILE_BYTES } from '@localplus/plugin-adr-common';
import { refuseDecisionText } from './decisionTextChecks';

describe('refuseDecisionText', () => {
  it('accepts ordinary markdown, with a stray undecodable byte or two', () => {
    expect(
      refuseDecisionText('# Title\n\nJos\uFFFD Garc\uFFFDa decided.'),
    ).toBeUndefined();
  });

  it('refuses files over the size limit, counting UTF-8 bytes', () => {
    expect(
      refuseDecisionText('x'.repeat(MAX_DECISION_FILE_BYTES)),
    ).toBeUndefined();
    expect(
      refuseDecisionText('é'.repeat(MAX_DECISION_FILE_BYTES / 2 + 1)),
    ).toBe('the file is 1.0 MB; decision records over 1.0 MB are not read');
    expect(refuseDecisionText('x'.repeat(5 * 1024 * 1024))).toBe(
      'the file is over 5.0 MB; decision records over 1.0 MB are not read',
    );
  });

  it('refuses binary content and text that is not UTF-8', () => {
    expect(refuseDecisionText('PK\u0003\u0004\u0000\u0000')).toBe(
      'the file contains NUL bytes: it looks binary, not markdown',
    );
    expect(refuseDecisionText('# T\n\uFFFD\uFFFD\uFFFD\uFFFD')).toBe(
      'the file is not valid UTF-8 text (it has bytes that do not decode)',
    );
  });

  it('refuses a missing text', () => {
    expect(refuseDecisionText(undefined)).toBe('the file has no text');
  });
});
