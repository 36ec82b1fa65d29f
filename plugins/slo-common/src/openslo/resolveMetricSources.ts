import type { OpenSloDataSource } from './dataSourceSchema';
import { documentsByName, isKept, NamedDocument } from './documentsByName';
import {
  isPrometheusType,
  WrittenIndicatorSpec,
  WrittenMetricSource,
} from './indicatorSchema';
import type { OpenSloProblem } from './parseOpenSloDocuments';
import { safeEcho } from './safeEcho';
import type { WrittenOpenSloDocument } from './schema';

/** The documents a resolution step keeps, where each is in the file, and what it refused. */
export type Resolution<T> = {
  documents: T[];
  /** `indexes[i]` is the position of `documents[i]` in the file. */
  indexes: number[];
  problems: OpenSloProblem[];
};

type DataSources = Map<string, NamedDocument<OpenSloDataSource>>;
type Problem = (path: string, message: string) => void;

const ONLY_PROMETHEUS =
  'only Prometheus data sources are supported: the portal queries the Prometheus of its own configuration';
const TYPE_REQUIRED =
  'type is required unless metricSourceRef names a DataSource in this file';

/**
 * Refuses DataSource documents of another type than Prometheus, and gives
 * every metric source of an SLI document or an inline indicator its type:
 * the one written, or else that of the DataSource its `metricSourceRef`
 * names in the same file. A written type must agree with that DataSource's.
 * A reference to no DataSource is only informational when the type is
 * written. Documents with a problem are dropped, like any invalid document.
 */
export function resolveMetricSources(
  documents: WrittenOpenSloDocument[],
  indexes: number[],
): Resolution<WrittenOpenSloDocument> {
  const problems: OpenSloProblem[] = [];
  // Every DataSource of a valid shape, Prometheus or not, so that a metric
  // source naming another type is told so.
  const dataSources = documentsByName(
    documents,
    indexes,
    (d): d is OpenSloDataSource => d.kind === 'DataSource',
    problems,
  );
  const kept: WrittenOpenSloDocument[] = [];
  const keptIndexes: number[] = [];
  documents.forEach((document, i) => {
    const before = problems.length;
    const problem: Problem = (path, message) =>
      problems.push({ documentIndex: indexes[i], path, message });
    let resolved = document;
    if (document.kind === 'DataSource') {
      if (!isKept(dataSources, document)) {
        return;
      }
      if (!isPrometheusType(document.spec.type)) {
        problem('spec.type', ONLY_PROMETHEUS);
      }
    } else if (document.kind === 'SLI') {
      resolved = {
        ...document,
        spec: typedSources(document.spec, dataSources, (path, message) =>
          problem(`spec.${path}`, message),
        ),
      };
    } else if (document.kind === 'SLO' && document.spec.indicator) {
      const { indicator } = document.spec;
      const spec = typedSources(indicator.spec, dataSources, (path, message) =>
        problem(`spec.indicator.spec.${path}`, message),
      );
      resolved = {
        ...document,
        spec: { ...document.spec, indicator: { ...indicator, spec } },
      };
    }
    if (problems.length === before) {
      kept.push(resolved);
      keptIndexes.push(indexes[i]);
    }
  });
  return { documents: kept, indexes: keptIndexes, problems };
}

/** The indicator spec with each metric source typed; `problem` paths are relative to the spec. */
function typedSources(
  spec: WrittenIndicatorSpec,
  dataSources: DataSources,
  problem: Problem,
): WrittenIndicatorSpec {
  const typed = (source: WrittenMetricSource, path: string) =>
    typedSource(source, dataSources, (field, message) =>
      problem(`${path}.${field}`, message),
    );
  const { ratioMetric, thresholdMetric } = spec;
  const result = { ...spec };
  if (thresholdMetric) {
    result.thresholdMetric = {
      metricSource: typed(
        thresholdMetric.metricSource,
        'thresholdMetric.metricSource',
      ),
    };
  }
  if (ratioMetric) {
    const ratio = { ...ratioMetric };
    for (const part of ['good', 'bad', 'total'] as const) {
      const written = ratioMetric[part];
      if (written) {
        ratio[part] = {
          metricSource: typed(
            written.metricSource,
            `ratioMetric.${part}.metricSource`,
          ),
        };
      }
    }
    result.ratioMetric = ratio;
  }
  return result;
}

function typedSource(
  source: WrittenMetricSource,
  dataSources: DataSources,
  problem: (field: 'type' | 'metricSourceRef', message: string) => void,
): WrittenMetricSource {
  const { metricSourceRef: ref, type } = source;
  const named = ref === undefined ? undefined : dataSources.get(ref);
  const echoed = safeEcho(ref);
  const quoted = echoed ? ` ("${echoed}")` : '';
  if (!named) {
    if (type === undefined && ref === undefined) {
      problem('type', TYPE_REQUIRED);
    } else if (type === undefined) {
      problem(
        'metricSourceRef',
        `names no valid DataSource in this file${quoted}: ${TYPE_REQUIRED}`,
      );
    }
    return source;
  }
  if (named.shared) {
    problem(
      'metricSourceRef',
      `names more than one DataSource in this file${quoted}; give each DataSource its own name`,
    );
    return source;
  }
  const namedType = named.document.spec.type;
  const namedTypeText = safeEcho(namedType) ?? 'another type';
  if (type !== undefined && type.toLowerCase() !== namedType.toLowerCase()) {
    problem(
      'type',
      `is ${type}, but the DataSource that metricSourceRef names${quoted} is of type ${namedTypeText}; ${ONLY_PROMETHEUS}`,
    );
    return source;
  }
  if (!isPrometheusType(namedType)) {
    problem(
      'metricSourceRef',
      `names a DataSource${quoted} of type ${namedTypeText}; ${ONLY_PROMETHEUS}`,
    );
    return source;
  }
  return { ...source, type: type ?? namedType };
}
