import { parseDecisionId } from '@localplus/plugin-adr-common';

export const DEFAULT_DEPTH = 2;
export const DEPTHS = [1, 2, 3, 4, 5];

/** The focus and depth of the Graph tab's query string; malformed values are ignored. */
export function readGraphParams(params: URLSearchParams): {
  focus?: string;
  depth: number;
} {
  const decision = params.get('decision') ?? '';
  const depth = Number(params.get('depth'));
  return {
    focus:
      decision.length <= 500 && parseDecisionId(decision)
        ? decision
        : undefined,
    depth: DEPTHS.includes(depth) ? depth : DEFAULT_DEPTH,
  };
}

export function writeGraphParams(focus: string | undefined, depth: number) {
  const params = new URLSearchParams();
  if (focus) {
    params.set('decision', focus);
    if (depth !== DEFAULT_DEPTH) {
      params.set('depth', String(depth));
    }
  }
  return params;
}
