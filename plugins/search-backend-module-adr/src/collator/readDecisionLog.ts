import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { parseErrorResponseBody } from '@backstage/errors';
import { DecisionSummary } from '@localplus/plugin-adr-common';
import { readDecisionPage } from './decisionPage';

/** The most decisions the ADR backend serves in one page. */
export const DECISIONS_PAGE_SIZE = 500;

export interface ReadDecisionLogOptions {
  discovery: DiscoveryService;
  auth: AuthService;
  /** Decisions per request; the ADR backend's maximum unless a test says less. */
  pageSize?: number;
}

async function failureMessage(response: Response): Promise<string> {
  const body = await parseErrorResponseBody(response);
  const status = `${response.status} ${response.statusText}`.trim();
  return `${status}: ${body.error.message}`;
}

/**
 * Every decision of the ADR backend's log with its text, page by page, with
 * the search plugin's own service credentials. Any failure throws: the
 * search backend then keeps the previous index rather than a partial one.
 */
export async function* readDecisionLog(
  options: ReadDecisionLogOptions,
): AsyncGenerator<DecisionSummary> {
  const { discovery, auth } = options;
  const pageSize = options.pageSize ?? DECISIONS_PAGE_SIZE;
  const baseUrl = await discovery.getBaseUrl('adr');
  const seen = new Set<string>();
  let offset = 0;
  let total = Infinity;

  while (offset < total) {
    const url = `${baseUrl}/decisions?include=text&limit=${pageSize}&offset=${offset}`;
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: 'adr',
    });
    const response = await fetch(url, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    });
    if (!response.ok) {
      throw new Error(
        `Could not read the decision log for search: GET ${url} answered ${await failureMessage(
          response,
        )}`,
      );
    }
    let page;
    try {
      page = readDecisionPage(await response.json());
    } catch (error) {
      throw new Error(
        `Could not read the decision log for search: GET ${url} gave an unreadable answer: ${
          (error as Error).message
        }`,
      );
    }
    total = page.total;
    // An empty page before the promised total: the log shrank while it was read.
    if (page.decisions.length === 0) break;
    offset += page.decisions.length;
    for (const decision of page.decisions) {
      // A decision added while paging shifts the rest by one; skip the repeat.
      if (seen.has(decision.id)) continue;
      seen.add(decision.id);
      yield decision;
    }
  }
}
