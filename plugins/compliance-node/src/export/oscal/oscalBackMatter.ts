import type { ComplianceFramework } from '@localplus/plugin-compliance-common';
import type { OscalResource } from './oscalDocument';
import {
  isUriReference,
  LOCALPLUS_OSCAL_NAMESPACE,
  nistProp,
  oscalString,
  someOf,
  stableUuid,
} from './oscalValues';

export function frameworkUuid(frameworkId: string): string {
  return stableUuid('framework', frameworkId);
}

/**
 * A framework as a back-matter resource, which findings link to from each
 * requirement. OSCAL 1.0.6 allows a resource only NIST's properties (`type`,
 * `version`, `published`) whatever their namespace, so the framework's id
 * is a document id in our scheme; and it wants every resource to carry its
 * content (`rlinks` or `base64`), so the framework as the export knows it
 * (its requirements) is attached as JSON, next to its documentation link.
 */
export function oscalFrameworkResource(
  framework: ComplianceFramework,
): OscalResource {
  const id = oscalString(framework.id);
  const definition = {
    id: framework.id,
    title: framework.title,
    version: framework.version,
    description: framework.description,
    documentation: framework.documentation,
    requirements: framework.requirements.map(requirement => ({
      id: requirement.id,
      title: requirement.title,
      description: requirement.description,
    })),
  };
  return {
    uuid: frameworkUuid(framework.id),
    title: framework.title,
    description: framework.description,
    props: someOf([nistProp('version', framework.version)]),
    'document-ids': id
      ? [{ scheme: LOCALPLUS_OSCAL_NAMESPACE, identifier: id }]
      : undefined,
    rlinks:
      framework.documentation && isUriReference(framework.documentation)
        ? [{ href: framework.documentation }]
        : undefined,
    base64: {
      filename: `framework-${encodeURIComponent(framework.id)}.json`,
      'media-type': 'application/json',
      value: Buffer.from(JSON.stringify(definition), 'utf8').toString('base64'),
    },
  };
}
