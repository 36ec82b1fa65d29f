/**
 * The generator splices user-written PromQL into larger expressions, so a
 * query must stay a closed, single-line expression: otherwise a stray `}`,
 * `)` or `#` comment could end our wrapper early and change what is alerted on.
 * This is a lexical check, not a PromQL parser; `promtool` remains the judge
 * of whether the generated file is valid.
 */
export const MAX_QUERY_LENGTH = 2000;

/** The placeholder the generator replaces with each window, e.g. `[{{window}}]`. */
export const WINDOW_PLACEHOLDER = '{{window}}';

const CLOSING: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/**
 * The query on one line, as YAML block scalars (`query: |`) and long queries
 * split over lines write it: surrounding whitespace dropped, and each line
 * break or tab outside a string literal read as a space, which is all
 * PromQL makes of it. Breaks inside a string are left for the check below.
 */
export function asOneLine(query: string): string {
  let result = '';
  let quote: string | undefined;
  const text = query.trim();
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      if (char === '\\' && quote !== '`') {
        result += char + (text[i + 1] ?? '');
        i++;
        continue;
      }
      if (char === quote) {
        quote = undefined;
      }
      result += char;
    } else if (char === '"' || char === "'" || char === '`') {
      quote = char;
      result += char;
    } else {
      result += /[\r\n\t]/.test(char) ? ' ' : char;
    }
  }
  return result;
}

/** Returns a reason why the query is unsafe to embed, or undefined if it is fine. */
export function findPromqlProblem(query: string): string | undefined {
  if (query.trim() === '') {
    return 'must not be empty';
  }
  if (query.length > MAX_QUERY_LENGTH) {
    return `must be at most ${MAX_QUERY_LENGTH} characters`;
  }
  // Newlines and other control characters have no place in a one-line query.
  if ([...query].some(isControlCharacter)) {
    return 'must be a single line without control characters';
  }
  const withoutPlaceholder = query.split(WINDOW_PLACEHOLDER).join('5m');
  // A second template would be left unexpanded in the generated rules.
  if (withoutPlaceholder.includes('{{')) {
    return `only the ${WINDOW_PLACEHOLDER} placeholder is allowed`;
  }
  return findLexicalProblem(withoutPlaceholder);
}

function findLexicalProblem(query: string): string | undefined {
  const open: string[] = [];
  let quote: string | undefined;
  for (let i = 0; i < query.length; i++) {
    const char = query[i];
    if (quote) {
      // Backticks are raw strings in PromQL: no escapes inside them.
      if (char === '\\' && quote !== '`') {
        i++;
      } else if (char === quote) {
        quote = undefined;
      }
      continue;
    }
    if (char === '"' || char === "'" || char === '`') {
      quote = char;
    } else if (char === '#') {
      return 'must not contain comments (#)';
    } else if (char === '(' || char === '[' || char === '{') {
      open.push(char);
    } else if (char in CLOSING) {
      if (open.pop() !== CLOSING[char]) {
        return `has an unbalanced '${char}'`;
      }
    }
  }
  if (quote) {
    return 'has an unterminated string';
  }
  if (open.length > 0) {
    return `has an unclosed '${open[open.length - 1]}'`;
  }
  return undefined;
}

function isControlCharacter(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}
