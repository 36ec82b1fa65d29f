import YAML from 'yaml';

/** A ConfigMap holds at most 1 MiB; anything larger is not a real configuration. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** Why a configuration file could not be read, in a sentence. */
export class ConfigFileError extends Error {}

/**
 * Parses a configuration file (Loki, OpenTelemetry Collector) as YAML,
 * refusing oversized text, alias bombs (more than 50 aliases), duplicate
 * keys and anything that is not a mapping at the top.
 */
export function parseConfigYaml(
  text: string,
  what: string,
): Record<string, unknown> {
  if (Buffer.byteLength(text, 'utf8') > MAX_CONFIG_BYTES) {
    throw new ConfigFileError(
      `${what} is larger than 1 MiB and was not parsed`,
    );
  }
  let parsed: unknown;
  try {
    parsed = YAML.parse(text, {
      maxAliasCount: 50,
      uniqueKeys: true,
      prettyErrors: false,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ConfigFileError(
      `${what} is not valid YAML: ${message.split('\n')[0].slice(0, 200)}`,
    );
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigFileError(`${what} is not a YAML mapping`);
  }
  return parsed as Record<string, unknown>;
}
