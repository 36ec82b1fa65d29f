import type { z } from 'zod';
import { documentsByName, isKept, NamedDocument } from './documentsByName';
import { sliDocumentSchema, WrittenSli } from './indicatorSchema';
import type { OpenSloProblem } from './parseOpenSloDocuments';
import type { Resolution } from './resolveMetricSources';
import { safeEcho } from './safeEcho';
import {
  OpenSloDocument,
  sloDocumentSchema,
  WrittenOpenSloDocument,
  WrittenSlo,
} from './schema';
import { zodProblems } from './zodProblems';

/**
 * Replaces the `indicatorRef` of every SLO by the SLI document it names,
 * which must be in the same file, so that every SLO carries its indicator
 * inline from then on. Each SLO and SLI is then checked again in the form the
 * parser returns (`sloDocumentSchema`, `sliDocumentSchema`): for an SLO that
 * named its indicator, this is where the rules tying its objectives to the
 * indicator run. Run after `resolveMetricSources`, so that every metric
 * source is typed. SLOs with a dangling or ambiguous reference are dropped,
 * like any other invalid document.
 */
export function resolveIndicators(
  documents: WrittenOpenSloDocument[],
  indexes: number[],
): Resolution<OpenSloDocument> {
  const problems: OpenSloProblem[] = [];
  const slis = documentsByName(
    documents,
    indexes,
    (d): d is WrittenSli => d.kind === 'SLI',
    problems,
  );
  const kept: OpenSloDocument[] = [];
  const keptIndexes: number[] = [];
  documents.forEach((document, i) => {
    const index = indexes[i];
    const keep = (resolved: OpenSloDocument) => {
      kept.push(resolved);
      keptIndexes.push(index);
    };
    if (document.kind === 'SLI') {
      if (isKept(slis, document)) {
        checkedAgain(sliDocumentSchema, document, index, problems, keep);
      }
      return;
    }
    if (document.kind !== 'SLO') {
      keep(document);
      return;
    }
    const inline = withIndicatorInline(document, slis, message =>
      problems.push({
        documentIndex: index,
        path: 'spec.indicatorRef',
        message,
      }),
    );
    if (inline) {
      checkedAgain(sloDocumentSchema, inline, index, problems, keep);
    }
  });
  return { documents: kept, indexes: keptIndexes, problems };
}

function withIndicatorInline(
  slo: WrittenSlo,
  slis: Map<string, NamedDocument<WrittenSli>>,
  problem: (message: string) => void,
): WrittenSlo | undefined {
  const { indicatorRef: ref, ...spec } = slo.spec;
  if (ref === undefined) {
    return slo;
  }
  // The schema allowed only RFC 1123 names; safeEcho is a second guard.
  const quoted = safeEcho(ref) ? ` ("${ref}")` : '';
  const named = slis.get(ref);
  if (!named) {
    problem(
      `names no valid SLI in this file${quoted}; the SLI must be in the same file as the SLO`,
    );
    return undefined;
  }
  if (named.shared) {
    problem(
      `names more than one SLI in this file${quoted}; give each SLI its own name`,
    );
    return undefined;
  }
  const { metadata, spec: indicatorSpec } = named.document;
  return {
    ...slo,
    spec: { ...spec, indicator: { metadata, spec: indicatorSpec } },
  };
}

/** Parses an already-checked document again with the schema of its returned form. */
function checkedAgain<T extends OpenSloDocument>(
  schema: z.ZodType<T>,
  document: WrittenOpenSloDocument,
  index: number,
  problems: OpenSloProblem[],
  keep: (document: T) => void,
) {
  const result = schema.safeParse(document);
  if (result.success) {
    keep(result.data);
  } else {
    problems.push(...zodProblems(result.error, index));
  }
}
