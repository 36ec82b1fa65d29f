import type {
  DecisionStatus,
  DecisionWarning,
} from '@localplus/plugin-adr-common';
import { formatNumber } from '../../decisions/decisionLabel';
import { statusName } from '../StatusChip/statusColour';

/** A piece of a warning's sentence: words, a decision, or an entity. */
export type SentencePart = string | { decision: string } | { entity: string };

export type DescribedWarning = {
  /** What kind of problem, in a few words. */
  heading: string;
  sentence: SentencePart[];
  /** Every decision the warning is about, for "warnings concerning this decision". */
  concerns: string[];
};

/**
 * A warning of the decision graph in plain words, naming the decisions it
 * is about so each can be linked. `statusOf` gives what a decision's status
 * says, when the page knows it.
 */
export function describeWarning(
  warning: DecisionWarning,
  statusOf: (id: string) => DecisionStatus | undefined = () => undefined,
): DescribedWarning {
  switch (warning.type) {
    case 'cites-superseded':
      return {
        heading: 'Cites a superseded decision',
        sentence: [
          { decision: warning.decision },
          ' cites ',
          { decision: warning.cited },
          ...(warning.successor
            ? [
                ', which has been superseded by ',
                { decision: warning.successor },
                '. Check whether it should cite the successor instead.',
              ]
            : [', which has been superseded.']),
        ],
        concerns: [warning.decision, warning.cited],
      };
    case 'superseded-without-successor':
      return {
        heading: 'Successor not found',
        sentence: [
          { decision: warning.decision },
          warning.target
            ? ` is superseded by “${warning.target}”, which is not a decision in the log.`
            : ' is superseded, but no decision in the log replaces it.',
        ],
        concerns: [warning.decision],
      };
    case 'superseded-without-link':
      return {
        heading: 'Superseded without a link',
        sentence: [
          { decision: warning.decision },
          ' says it is superseded, but names no successor and no decision says it supersedes it.',
        ],
        concerns: [warning.decision],
      };
    case 'duplicate-number': {
      const decisions: SentencePart[] = warning.decisions.flatMap(
        (id, index): SentencePart[] =>
          index === 0 ? [{ decision: id }] : [', ', { decision: id }],
      );
      return {
        heading: 'Number used twice',
        sentence: [
          `${warning.decisions.length} decisions of `,
          { entity: warning.entityRef },
          ` are numbered ${formatNumber(warning.number)}: `,
          ...decisions,
          '.',
        ],
        concerns: warning.decisions,
      };
    }
    case 'status-disagrees-with-links': {
      const status = statusOf(warning.decision);
      return {
        heading: 'Status disagrees with its links',
        sentence: [
          { decision: warning.supersededBy },
          ' supersedes ',
          { decision: warning.decision },
          status
            ? `, yet its status still says ${statusName(status)}.`
            : ', yet its status does not say superseded.',
        ],
        concerns: [warning.decision, warning.supersededBy],
      };
    }
    default:
      return {
        heading: 'Warning',
        sentence: [JSON.stringify(warning)],
        concerns: [],
      };
  }
}
