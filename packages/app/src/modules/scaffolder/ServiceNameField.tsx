import TextField from '@material-ui/core/TextField';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { createFormField } from '@backstage/plugin-scaffolder-react/alpha';
import {
  SERVICE_NAME_MAX_LENGTH,
  validateServiceName,
} from '@localplus/plugin-golden-path-common';

/** The name input; the form around it prints the description and help. */
export function ServiceNameInput(props: FieldExtensionComponentProps<string>) {
  const { formData, onChange, required, rawErrors, schema, idSchema } = props;
  // The form prints ui:help under every field, custom ones included, but
  // leaves a custom field's description to the field: show only the
  // description here, or the help appears twice.
  return (
    <TextField
      id={idSchema?.$id}
      label={schema.title ?? 'Name'}
      required={required}
      value={formData ?? ''}
      onChange={event => onChange(event.target.value.trim())}
      helperText={schema.description}
      error={(rawErrors?.length ?? 0) > 0}
      inputProps={{
        maxLength: SERVICE_NAME_MAX_LENGTH,
        autoComplete: 'off',
        spellCheck: false,
      }}
      margin="normal"
      fullWidth
    />
  );
}

/**
 * `ui:field: LocalplusServiceName`: a service name that follows the golden
 * path's rule and is not in the catalog yet, checked when the developer
 * leaves the step rather than when the task runs.
 */
export const serviceNameField = createFormField({
  name: 'LocalplusServiceName',
  component: ServiceNameInput,
  validation: async (value, validation, { apiHolder }) => {
    if (!value) {
      return;
    }
    const problems = validateServiceName(value);
    if (problems.length > 0) {
      problems.forEach(problem => validation.addError(problem));
      return;
    }
    const catalogApi = apiHolder.get(catalogApiRef);
    if (!catalogApi) {
      return;
    }
    const { items } = await catalogApi.getEntities({
      filter: { 'metadata.name': value },
      fields: ['kind', 'metadata.name', 'metadata.namespace'],
    });
    if (items.length > 0) {
      const taken = items[0];
      validation.addError(
        `"${value}" is already taken in the catalog by ${taken.kind.toLowerCase()}:${
          taken.metadata.namespace ?? 'default'
        }/${taken.metadata.name}`,
      );
    }
  },
});
