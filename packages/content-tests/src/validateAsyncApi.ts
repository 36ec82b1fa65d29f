import { DiagnosticSeverity, Parser } from '@asyncapi/parser';

const parser = new Parser();

/**
 * Validates an AsyncAPI document's text with the official parser. Returns
 * the error diagnostics (path and message); warnings and hints do not fail.
 */
export async function validateAsyncApi(text: string): Promise<string[]> {
  const { document, diagnostics } = await parser.parse(text);
  const errors = diagnostics
    .filter(d => d.severity === DiagnosticSeverity.Error)
    .map(
      d => `${d.path.length ? d.path.join('.') : '(document)'}: ${d.message}`,
    );
  if (errors.length === 0 && !document) {
    return ['(document): not an AsyncAPI document'];
  }
  return errors;
}
