import type { PeriodQuery } from './ComplianceApi';

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,150}\.zip$/;

/**
 * The name to save an export under: the one of the backend's
 * `Content-Disposition` when it is a plain zip file name, else one made from
 * the period. The header is read, never trusted: a name with a path, quotes
 * or odd characters would be the browser's problem to clean, so it is
 * replaced rather than passed on.
 */
export function exportFileName(
  contentDisposition: string | null,
  period: PeriodQuery,
): string {
  const match = /filename="?([^";]+)"?/i.exec(contentDisposition ?? '');
  const given = match?.[1].trim();
  if (given && SAFE_NAME.test(given)) {
    return given;
  }
  const label = (value: string | undefined) =>
    (value ?? 'default').replace(/[^0-9A-Za-z-]/g, '');
  return `localplus-compliance-${label(period.from)}-${label(period.to)}.zip`;
}
