/**
 * The annotation holding the seeds' P0–P3 criticality of a service: `P0`
 * (core, pages on-call at any hour) to `P3`. The catalog files also carry it
 * as a label of the same key, in lower case (`p0`).
 */
export const CRITICALITY_ANNOTATION = 'localplus.io/criticality';
