import { parseEntityRef } from '@backstage/catalog-model';
import type {
  ComplianceControl,
  ComplianceFramework,
  ControlDocument,
  FrameworkDocument,
} from '@localplus/plugin-compliance-common';
import type { ControlFileProblem } from './ControlFileError';
import type { LocatedDocument } from './parseControlFile';

/** The frameworks and controls the backend evaluates and shows. */
export interface ControlCatalog {
  frameworks: ComplianceFramework[];
  controls: ComplianceControl[];
}

interface Located<T> {
  file: string;
  document: number;
  value: T;
}

/**
 * Turns validated documents into the catalog, checking what no single
 * document can: ids given twice, requirement references that name no
 * framework or requirement, owners that are not groups.
 */
export function buildControlCatalog(documents: LocatedDocument[]): {
  catalog: ControlCatalog;
  problems: ControlFileProblem[];
} {
  const problems: ControlFileProblem[] = [];
  const frameworkDocs: Located<FrameworkDocument>[] = [];
  const controlDocs: Located<ControlDocument>[] = [];
  for (const located of documents) {
    if (located.value.kind === 'Framework') {
      frameworkDocs.push({ ...located, value: located.value });
    } else {
      controlDocs.push({ ...located, value: located.value });
    }
  }

  const frameworks = new Map<string, Located<FrameworkDocument>>();
  for (const located of frameworkDocs) {
    const id = located.value.metadata.id;
    const first = frameworks.get(id);
    if (first) {
      problems.push(
        duplicate(located, 'metadata.id', `framework "${id}"`, first),
      );
      continue;
    }
    frameworks.set(id, located);
    const requirementIds = new Map<string, number>();
    located.value.spec.requirements.forEach((requirement, index) => {
      const firstIndex = requirementIds.get(requirement.id);
      if (firstIndex !== undefined) {
        problems.push({
          file: located.file,
          document: located.document,
          path: `spec.requirements[${index}].id`,
          message: `requirement "${requirement.id}" is listed twice (first at spec.requirements[${firstIndex}])`,
        });
      } else {
        requirementIds.set(requirement.id, index);
      }
    });
  }

  const controls = new Map<string, Located<ControlDocument>>();
  for (const located of controlDocs) {
    const { metadata, spec } = located.value;
    const first = controls.get(metadata.id);
    if (first) {
      problems.push(
        duplicate(located, 'metadata.id', `control "${metadata.id}"`, first),
      );
      continue;
    }
    controls.set(metadata.id, located);
    const ownerProblem = checkOwner(spec.owner);
    if (ownerProblem) {
      problems.push(at(located, 'spec.owner', ownerProblem));
    }
    spec.requirements.forEach((reference, index) => {
      const problem = checkRequirementRef(reference, frameworks);
      if (problem) {
        problems.push(at(located, `spec.requirements[${index}]`, problem));
      }
    });
  }

  return {
    catalog: {
      frameworks: [...frameworks.values()].map(toFramework),
      controls: [...controls.values()].map(toControl),
    },
    problems,
  };
}

function checkOwner(owner: string): string | undefined {
  try {
    const ref = parseEntityRef(owner);
    if (ref.kind.toLocaleLowerCase('en-US') !== 'group') {
      return `owner must be a group, not a ${ref.kind}`;
    }
  } catch (error) {
    return `owner "${owner}" is not an entity ref: ${(error as Error).message}`;
  }
  return undefined;
}

function checkRequirementRef(
  reference: string,
  frameworks: Map<string, Located<FrameworkDocument>>,
): string | undefined {
  const separator = reference.indexOf(':');
  const frameworkId = reference.slice(0, separator);
  const requirementId = reference.slice(separator + 1);
  const framework = frameworks.get(frameworkId);
  if (!framework) {
    const known = [...frameworks.keys()].join(', ') || 'none';
    return `"${reference}" names framework "${frameworkId}", which no control file defines (frameworks: ${known})`;
  }
  const exists = framework.value.spec.requirements.some(
    requirement => requirement.id === requirementId,
  );
  if (!exists) {
    return `"${reference}": framework "${frameworkId}" (${framework.file}) has no requirement "${requirementId}"`;
  }
  return undefined;
}

function at<T>(
  located: Located<T>,
  path: string,
  message: string,
): ControlFileProblem {
  return { file: located.file, document: located.document, path, message };
}

function duplicate<T>(
  located: Located<T>,
  path: string,
  what: string,
  first: Located<T>,
): ControlFileProblem {
  return at(
    located,
    path,
    `${what} is defined twice (first in ${first.file}, document ${first.document})`,
  );
}

function toFramework({
  value,
}: Located<FrameworkDocument>): ComplianceFramework {
  const { metadata, spec } = value;
  return {
    id: metadata.id,
    title: metadata.title,
    ...(spec.version ? { version: spec.version } : {}),
    ...(spec.description ? { description: spec.description } : {}),
    ...(spec.documentation ? { documentation: spec.documentation } : {}),
    requirements: spec.requirements.map(requirement => ({
      id: requirement.id,
      title: requirement.title,
      ...(requirement.description
        ? { description: requirement.description }
        : {}),
    })),
  };
}

function toControl({ value }: Located<ControlDocument>): ComplianceControl {
  const { metadata, spec } = value;
  return {
    id: metadata.id,
    title: metadata.title,
    description: spec.description,
    owner: spec.owner,
    frequency: spec.frequency,
    requirements: spec.requirements,
    evidence: spec.evidence.map(evidence => ({
      check: evidence.check,
      ...(evidence.description ? { description: evidence.description } : {}),
      ...(evidence.params
        ? {
            params:
              evidence.params as ComplianceControl['evidence'][number]['params'],
          }
        : {}),
    })),
    ...(spec.documentation ? { documentation: spec.documentation } : {}),
  };
}
