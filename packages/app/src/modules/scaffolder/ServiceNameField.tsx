import TextField from '@material-ui/core/TextField';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { createFormField } from '@backstage/plugin-scaffolder-react/alpha';

/** Same rule as the server-side check of the golden path. */
const SERVICE_NAME = /^svc-[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const MAX_LENGTH = 40;

function ServiceNameInput(props: FieldExtensionComponentProps<string>) {
  const {
    formData,
    onChange,
    required,
    rawErrors,
    schema,
    uiSchema,
    idSchema,
  } = props;
  return (
    <TextField
      id={idSchema?.$id}
      label={schema.title ?? 'Name'}
      required={required}
      value={formData ?? ''}
      onChange={event => onChange(event.target.value.trim())}
      helperText={uiSchema?.['ui:help'] ?? schema.description}
      error={(rawErrors?.length ?? 0) > 0}
      inputProps={{
        maxLength: MAX_LENGTH,
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
    if (!SERVICE_NAME.test(value) || value.length > MAX_LENGTH) {
      validation.addError(
        `must be "svc-" followed by lower-case words separated by single hyphens, at most ${MAX_LENGTH} characters`,
      );
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
