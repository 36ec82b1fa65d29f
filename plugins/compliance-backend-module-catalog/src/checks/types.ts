import type {
  JsonValue,
  ObservationResult,
} from '@localplus/plugin-compliance-common';
import type { CheckParams } from '@localplus/plugin-compliance-node';
import type { ComponentFacts } from '../catalog/componentFacts';

/** What the catalog knows beyond the components themselves. */
export interface CatalogLookups {
  /** Lower-cased refs of the Groups that component owners name and the catalog holds. */
  groups: Set<string>;
}

/** What one check concluded about one component. */
export interface Verdict {
  result: ObservationResult;
  /** One sentence naming what was found, and for a failure what is missing. */
  summary: string;
  details?: { [key: string]: JsonValue };
  /** Entities examined besides the component itself (its owning group). */
  alsoExamined?: string[];
}

/** A catalog check: `catalog.<id>`. `P` is its parameters once read. */
export interface CatalogCheck<P = unknown> {
  id: string;
  title: string;
  description: string;
  /** Reads the control's `params`; throws a `CheckParamsError` naming the key at fault. */
  readParams(params: CheckParams): P;
  evaluate(
    component: ComponentFacts,
    params: P,
    lookups: CatalogLookups,
  ): Verdict;
}
