import type {
  OpenSloAlertCondition,
  OpenSloAlertPolicy,
  OpenSloInlineAlertCondition,
} from './alertSchema';
import { durationToSeconds } from './durations';
import type { OpenSloProblem } from './parseOpenSloDocuments';
import type { OpenSloDocument, OpenSloSlo } from './schema';
import { objectiveStepSeconds } from './sloAccessors';

type InlinePolicy = Omit<OpenSloAlertPolicy, 'apiVersion'>;

/**
 * Replaces every `alertPolicyRef` of an SLO and every `conditionRef` of an
 * AlertPolicy by the document it names, which must be in the same file, so
 * that an SLO carries its alert conditions inline from then on. Documents
 * with a dangling reference, or whose conditions do not fit their objectives,
 * are dropped with a problem, like any other invalid document.
 * `indexes[i]` is the position of `documents[i]` in the YAML stream.
 */
export function resolveAlertPolicies(
  documents: OpenSloDocument[],
  indexes: number[],
): { documents: OpenSloDocument[]; problems: OpenSloProblem[] } {
  const problems: OpenSloProblem[] = [];
  const conditions = byName(
    documents,
    indexes,
    problems,
    (d): d is OpenSloAlertCondition => d.kind === 'AlertCondition',
  );
  const policies = new Map<string, InlinePolicy>();
  const kept: OpenSloDocument[] = [];
  const keptIndexes: number[] = [];
  const keep = (document: OpenSloDocument, index: number) => {
    kept.push(document);
    keptIndexes.push(index);
  };
  documents.forEach((document, i) => {
    if (document.kind !== 'AlertPolicy') {
      return;
    }
    const problem = (path: string, message: string) =>
      problems.push({ documentIndex: indexes[i], path, message });
    if (policies.has(document.metadata.name)) {
      problem(
        'metadata.name',
        'another AlertPolicy in this file has this name',
      );
      return;
    }
    const resolved = inlineConditions(document, conditions, message =>
      problem('spec.conditions[0].conditionRef', message),
    );
    if (resolved) {
      policies.set(document.metadata.name, resolved);
    }
  });
  documents.forEach((document, i) => {
    if (document.kind === 'AlertPolicy') {
      if (
        policies.get(document.metadata.name)?.metadata === document.metadata
      ) {
        keep(document, indexes[i]);
      }
      return;
    }
    if (document.kind !== 'SLO' || !document.spec.alertPolicies) {
      keep(document, indexes[i]);
      return;
    }
    const before = problems.length;
    const slo = resolveSlo(document, policies, conditions, (path, message) =>
      problems.push({ documentIndex: indexes[i], path, message }),
    );
    if (problems.length === before) {
      keep(slo, indexes[i]);
    }
  });
  return { documents: kept, problems };
}

function byName<T extends OpenSloAlertCondition>(
  documents: OpenSloDocument[],
  indexes: number[],
  problems: OpenSloProblem[],
  is: (d: OpenSloDocument) => d is T,
): Map<string, T> {
  const named = new Map<string, T>();
  documents.forEach((document, i) => {
    if (!is(document)) {
      return;
    }
    if (named.has(document.metadata.name)) {
      problems.push({
        documentIndex: indexes[i],
        path: 'metadata.name',
        message: `another ${document.kind} in this file has this name`,
      });
      return;
    }
    named.set(document.metadata.name, document);
  });
  return named;
}

function inlineConditions(
  policy: InlinePolicy,
  conditions: Map<string, OpenSloAlertCondition>,
  problem: (message: string) => void,
): InlinePolicy | undefined {
  const [entry] = policy.spec.conditions;
  if (!('conditionRef' in entry)) {
    return policy;
  }
  const condition = conditions.get(entry.conditionRef);
  if (!condition) {
    problem(
      `names no AlertCondition in this file ("${entry.conditionRef}"); the condition must be in the same file`,
    );
    return undefined;
  }
  const inline: OpenSloInlineAlertCondition = {
    kind: 'AlertCondition',
    metadata: condition.metadata,
    spec: condition.spec,
  };
  return { ...policy, spec: { ...policy.spec, conditions: [inline] } };
}

function resolveSlo(
  slo: OpenSloSlo,
  policies: Map<string, InlinePolicy>,
  conditions: Map<string, OpenSloAlertCondition>,
  problem: (path: string, message: string) => void,
): OpenSloSlo {
  const seen = new Set<string>();
  const alertPolicies = (slo.spec.alertPolicies ?? []).map((entry, j) => {
    const at = `spec.alertPolicies[${j}]`;
    let policy: InlinePolicy | undefined;
    if ('alertPolicyRef' in entry) {
      policy = policies.get(entry.alertPolicyRef);
      if (!policy) {
        problem(
          `${at}.alertPolicyRef`,
          `names no valid AlertPolicy in this file ("${entry.alertPolicyRef}"); the policy must be in the same file as the SLO`,
        );
        return entry;
      }
    } else {
      policy = inlineConditions(entry, conditions, message =>
        problem(`${at}.spec.conditions[0].conditionRef`, message),
      );
      if (!policy) {
        return entry;
      }
    }
    const condition = (policy.spec.conditions[0] as OpenSloInlineAlertCondition)
      .spec;
    const lookback = durationToSeconds(condition.condition.lookbackWindow)!;
    const key = `${condition.severity} ${lookback}`;
    if (seen.has(key)) {
      problem(
        at,
        `another alert policy of this SLO already alerts as ${condition.severity} over ${condition.condition.lookbackWindow}; the two alerts would be one`,
      );
    }
    seen.add(key);
    slo.spec.objectives.forEach((objective, k) => {
      const step = objectiveStepSeconds(slo, objective);
      if (lookback % step !== 0) {
        problem(
          at,
          `lookbackWindow ${condition.condition.lookbackWindow} is not a whole number of objective ${k}'s ${objective.timeSliceWindow} time slices; a window that cuts a slice misses it`,
        );
      }
    });
    return policy;
  });
  return { ...slo, spec: { ...slo.spec, alertPolicies } };
}
