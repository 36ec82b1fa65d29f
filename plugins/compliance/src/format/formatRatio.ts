/** A share as a percentage in the viewer's locale, to a tenth: `97.5%`. */
export function formatRatio(ratio: number): string {
  return new Intl.NumberFormat(undefined, {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(ratio);
}
