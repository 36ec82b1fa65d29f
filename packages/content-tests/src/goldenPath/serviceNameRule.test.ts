import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  SERVICE_NAME_MAX_LENGTH,
  SERVICE_NAME_PATTERN,
  validateServiceName,
} from '@localplus/plugin-golden-path-common';

const templateFile = path.resolve(
  __dirname,
  '../../../../templates/svc-python/template.yaml',
);

/**
 * template.yaml cannot import the service-name rule, so it repeats it in the
 * form's JSON schema; this keeps the copy equal to the rule's one home,
 * @localplus/plugin-golden-path-common.
 */
describe('the service-name rule in the svc-python template', () => {
  const template = parse(fs.readFileSync(templateFile, 'utf8'));
  const nameFields = (
    template.spec.parameters as Array<{ properties?: Record<string, any> }>
  )
    .map(step => step.properties?.name)
    .filter(Boolean);

  it('has one name field, drawn by the LOCAL-PLUS service-name field', () => {
    expect(nameFields).toHaveLength(1);
    expect(nameFields[0]['ui:field']).toBe('LocalplusServiceName');
  });

  it('uses the pattern and maximum length of the common rule', () => {
    expect({
      pattern: nameFields[0].pattern,
      maxLength: nameFields[0].maxLength,
    }).toEqual({
      pattern: SERVICE_NAME_PATTERN.source,
      maxLength: SERVICE_NAME_MAX_LENGTH,
    });
  });

  it.each([
    'svc-loyalty-tiers',
    'svc-a',
    'svc-Loyalty',
    'svc-1x',
    'svc--x',
    'ledger',
    '../../etc/passwd',
    `svc-${'a'.repeat(60)}`,
  ])('decides %j as the common rule does, as the form validates it', name => {
    // The scaffolder's form validates JSON-schema patterns as Unicode regular expressions.
    const field = nameFields[0];
    const formAccepts =
      new RegExp(field.pattern, 'u').test(name) &&
      name.length <= field.maxLength;
    expect(formAccepts).toBe(validateServiceName(name).length === 0);
  });
});
