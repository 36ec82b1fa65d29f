import {
  complianceDocumentSchema,
  ControlDocument,
  FrameworkDocument,
} from '@localplus/plugin-compliance-common';
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { repoRoot } from '../../docs/__testUtils__/contentModel';

/** The folder `compliance.controls` points at in app-config.yaml. */
export const complianceDir = path.join(repoRoot, 'compliance');

/** One YAML document of the folder: where it is, and what the schemas made of it. */
export interface ComplianceFileDocument {
  /** Relative to the repository root, with the document's index when a file holds several. */
  where: string;
  file: string;
  /** YAML syntax errors and warnings (duplicate keys among them). */
  yamlProblems: string[];
  /** The schema's complaints, `path: message`. */
  schemaProblems: string[];
  document?: FrameworkDocument | ControlDocument;
}

function yamlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap(entry => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return yamlFiles(full);
      return /\.ya?ml$/.test(entry.name) ? [full] : [];
    })
    .sort();
}

/**
 * The documents of one YAML file, checked with the schemas the backend reads
 * them with. Aliases are refused: controls are small and written by hand, so
 * an alias can only be a mistake or an expansion bomb.
 */
export function parseComplianceFile(
  file: string,
  text: string,
): ComplianceFileDocument[] {
  const list = Array.from(parseAllDocuments(text));
  return list.map((yamlDocument, index) => {
    const where = list.length > 1 ? `${file}#${index + 1}` : file;
    const yamlProblems = [...yamlDocument.errors, ...yamlDocument.warnings].map(
      problem => problem.message,
    );
    let value: unknown;
    try {
      value = yamlDocument.toJS({ maxAliasCount: 0 });
    } catch (error) {
      yamlProblems.push((error as Error).message);
    }
    if (yamlProblems.length > 0) {
      return { where, file, yamlProblems, schemaProblems: [] };
    }
    const parsed = complianceDocumentSchema.safeParse(value);
    if (!parsed.success) {
      const schemaProblems = parsed.error.issues.map(
        issue => `${issue.path.join('.') || '(document)'}: ${issue.message}`,
      );
      return { where, file, yamlProblems, schemaProblems };
    }
    return {
      where,
      file,
      yamlProblems,
      schemaProblems: [],
      document: parsed.data,
    };
  });
}

/** Every document of every YAML file under compliance/. */
export function loadComplianceFolder(): ComplianceFileDocument[] {
  return yamlFiles(complianceDir).flatMap(full =>
    parseComplianceFile(
      path.relative(repoRoot, full),
      fs.readFileSync(full, 'utf8'),
    ),
  );
}

/** The parsed content: frameworks and controls, each with the file it comes from. */
export interface ComplianceContent {
  frameworks: Array<{ file: string; framework: FrameworkDocument }>;
  controls: Array<{ file: string; control: ControlDocument }>;
}

export function complianceContent(
  documents: ComplianceFileDocument[],
): ComplianceContent {
  const content: ComplianceContent = { frameworks: [], controls: [] };
  for (const { file, document } of documents) {
    if (document?.kind === 'Framework') {
      content.frameworks.push({ file, framework: document });
    } else if (document?.kind === 'Control') {
      content.controls.push({ file, control: document });
    }
  }
  return content;
}

/** `gdpr:Art.17` gives `{ framework: 'gdpr', requirement: 'Art.17' }`. */
export function splitRequirementRef(ref: string): {
  framework: string;
  requirement: string;
} {
  const colon = ref.indexOf(':');
  return {
    framework: ref.slice(0, colon),
    requirement: ref.slice(colon + 1),
  };
}
