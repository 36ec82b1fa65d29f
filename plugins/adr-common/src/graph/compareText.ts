/**
 * Orders strings by UTF-16 code units, the same in every locale and runtime,
 * so the graph is identical in the browser and on the server.
 */
export function compareText(a: string, b: string): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}
