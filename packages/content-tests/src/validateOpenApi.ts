import SwaggerParser from '@apidevtools/swagger-parser';
import { findExternalRefs } from './externalRefs';

/**
 * Validates a parsed OpenAPI 3 document against
 * the specification. External `$ref`s (other files, URLs) are refused: a
 * catalog definition must be self-contained, and resolving them would let a
 * document read the server's files or reach the network.
 */
export async function validateOpenApi(document: object): Promise<string[]> {
  const externalRefs = findExternalRefs(document);
  if (externalRefs.length > 0) {
    return externalRefs;
  }
  try {
    const api = (await SwaggerParser.validate(document as any, {
      resolve: { external: false, file: false, http: false },
    })) as { openapi?: string };
    if (!api.openapi?.startsWith('3.')) {
      return [
        `expected an OpenAPI 3 document, found ${api.openapi ?? 'Swagger 2'}`,
      ];
    }
    return [];
  } catch (error) {
    return [(error as Error).message];
  }
}
