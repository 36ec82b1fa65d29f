import { parseAllDocuments } from 'yaml';

/** One document of the input: its value, or why it could not be read. */
export type YamlDocument = { value: unknown } | { errors: string[] };

/**
 * The documents of a YAML stream, in the order they appear. A `---` document
 * whose top level is a sequence holds one document per item, as OpenSLO's
 * CLI (oslo) writes several documents in one file; an empty sequence holds
 * none. A YAML document that cannot be read counts as one document.
 */
export function yamlDocuments(
  yamlText: string,
  maxAliases: number,
): YamlDocument[] {
  const parsed = parseAllDocuments(yamlText, { uniqueKeys: true });
  const streamDocuments = Array.isArray(parsed) ? parsed : [];
  return streamDocuments.flatMap((streamDocument): YamlDocument[] => {
    if (streamDocument.errors.length > 0) {
      return [{ errors: streamDocument.errors.map(yamlErrorMessage) }];
    }
    let value: unknown;
    try {
      value = streamDocument.toJS({ maxAliasCount: maxAliases });
    } catch (error) {
      return [{ errors: [shortMessage(error)] }];
    }
    return Array.isArray(value)
      ? value.map(item => ({ value: item }))
      : [{ value }];
  });
}

/**
 * The YAML library follows its message with the lines around the error,
 * which may hold anything from the file, credentials included: keep the
 * first line, which names the line and column.
 */
function yamlErrorMessage(error: Error): string {
  return shortMessage(error.message.split('\n')[0].replace(/:$/, ''));
}

/** Library messages can quote the input back; keep reports short. */
export function shortMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 300 ? `${message.slice(0, 300)}…` : message;
}
