import type { ObservationResult } from '@localplus/plugin-compliance-common';

/** Observations per page of a control's evidence. */
export const EVIDENCE_PAGE_SIZE = 25;

const RESULTS: ObservationResult[] = [
  'pass',
  'fail',
  'not-applicable',
  'error',
];
/** The backend's bounds: a subject is one line of at most 500 characters. */
const MAX_SUBJECT = 500;
const MAX_OFFSET = 1_000_000;

export type EvidenceFilter = {
  subject?: string;
  result?: ObservationResult;
  offset: number;
};

/**
 * The evidence filters of a control page's query string
 * (`?subject=&result=&offset=`). Values the backend would refuse are
 * dropped from a mangled link rather than sent.
 */
export function readEvidenceParams(params: URLSearchParams): EvidenceFilter {
  const subject = params.get('subject')?.trim();
  const result = params.get('result') as ObservationResult | null;
  const offsetText = params.get('offset') ?? '';
  const offset = /^\d{1,7}$/.test(offsetText) ? Number(offsetText) : 0;
  return {
    subject:
      subject &&
      subject.length <= MAX_SUBJECT &&
      ![...subject].some(character => character.charCodeAt(0) < 0x20)
        ? subject
        : undefined,
    result: result && RESULTS.includes(result) ? result : undefined,
    offset: offset <= MAX_OFFSET ? offset : 0,
  };
}

/** The query string with these evidence filters, every other parameter kept. */
export function writeEvidenceParams(
  params: URLSearchParams,
  filter: EvidenceFilter,
): URLSearchParams {
  const updated = new URLSearchParams(params);
  const set = (key: string, value: string | undefined) =>
    value ? updated.set(key, value) : updated.delete(key);
  set('subject', filter.subject);
  set('result', filter.result);
  set('offset', filter.offset > 0 ? String(filter.offset) : undefined);
  return updated;
}
