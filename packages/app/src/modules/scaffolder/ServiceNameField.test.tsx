import type { ComponentProps } from 'react';
import { render, screen } from '@testing-library/react';
import { Form } from '@backstage/plugin-scaffolder-react/alpha';
import validator from '@rjsf/validator-ajv8';
import { ServiceNameInput } from './ServiceNameField';

// The name field as templates/svc-python declares it, trimmed to what the
// field draws: a description and a ui:help of its own.
const schema = {
  type: 'object' as const,
  properties: {
    name: {
      type: 'string' as const,
      title: 'Name',
      description: 'Becomes the repository and the catalog name.',
    },
  },
};
const uiSchema = {
  name: {
    'ui:field': 'LocalplusServiceName',
    'ui:help': 'Example: svc-loyalty-tiers.',
  },
};

// The scaffolder registers fields with its looser RJSF field type the same way.
const fields = {
  LocalplusServiceName: ServiceNameInput,
} as ComponentProps<typeof Form>['fields'];

describe('the LocalplusServiceName field in the scaffolder form', () => {
  it('shows its description and its help once each', () => {
    render(
      <Form
        schema={schema}
        uiSchema={uiSchema}
        fields={fields}
        validator={validator}
        formData={{ name: 'svc-loyalty-tiers' }}
      />,
    );

    expect(screen.getByLabelText(/Name/)).toHaveValue('svc-loyalty-tiers');
    expect(screen.getAllByText('Example: svc-loyalty-tiers.')).toHaveLength(1);
    expect(
      screen.getAllByText('Becomes the repository and the catalog name.'),
    ).toHaveLength(1);
  });
});
