import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { checkOscalConstraints, quote } from './oscalConstraints';
import schema from './oscal_assessment-results_schema-1.0.6.json';

/** The answer of a validation against the NIST schema and metaschema constraints. */
export interface OscalValidation {
  valid: boolean;
  /** One line per error: the JSON pointer of the value at fault and what is wrong. */
  errors: string[];
}

/** More would drown the first, most useful errors of a systematically wrong document. */
const MAX_ERRORS = 50;

let compiled: ValidateFunction | undefined;

/** Compiling the 150 kB schema takes about half a second: once per process. */
function validator(): ValidateFunction {
  if (!compiled) {
    // verbose: errors carry the value at fault, which the messages quote.
    const ajv = new Ajv({ allErrors: true, verbose: true });
    addFormats(ajv);
    compiled = ajv.compile(schema);
  }
  return compiled;
}

/**
 * Validates a document as NIST's OSCAL tools judge it: against the bundled
 * OSCAL 1.0.6 assessment-results JSON schema (NIST), formats included
 * (uuids, tokens, date-times with a time zone, URI references), then, like
 * oscal-cli once the schema holds, against the constraints of the 1.0.6
 * metaschema the schema cannot express (`checkOscalConstraints`: allowed
 * values, references that must resolve, uniqueness, cardinality).
 */
export function validateOscalAssessmentResults(
  document: unknown,
): OscalValidation {
  const validate = validator();
  if (validate(document)) {
    const violations = checkOscalConstraints(document);
    return violations.length
      ? { valid: false, errors: firstErrors(violations) }
      : { valid: true, errors: [] };
  }
  const all = (validate.errors ?? []).filter(isUseful);
  return {
    valid: false,
    errors: firstErrors(
      (all.length ? all : validate.errors ?? []).map(describe),
    ),
  };
}

function firstErrors(errors: string[]): string[] {
  if (errors.length <= MAX_ERRORS) return errors;
  return [
    ...errors.slice(0, MAX_ERRORS),
    `... and ${errors.length - MAX_ERRORS} more errors`,
  ];
}

/**
 * OSCAL's schema writes many fields as `anyOf: [token, enum]`; a bad value
 * fails both branches and then the anyOf itself. The branch errors say
 * what is wrong; the bare anyOf line says nothing more.
 */
function isUseful(error: ErrorObject): boolean {
  return error.keyword !== 'anyOf';
}

function describe(error: ErrorObject): string {
  const where = error.instancePath || '/';
  if (error.keyword === 'pattern' || error.keyword === 'format') {
    // The patterns are long regular expressions; the value says more.
    const what =
      error.keyword === 'format'
        ? `the ${String(error.params.format)} format`
        : 'its OSCAL pattern';
    return `${where}: ${quote(error.data)} does not match ${what}`;
  }
  let extra = '';
  if (error.keyword === 'additionalProperties') {
    extra = ` (${String(error.params.additionalProperty)})`;
  } else if (error.keyword === 'enum') {
    extra = ` (${(error.params.allowedValues as unknown[]).join(', ')})`;
  }
  return `${where}: ${error.message ?? error.keyword}${extra}`;
}
