import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';

/** LOCAL-PLUS form fields for the Create page's templates. */
export const scaffolderFieldsModule = createFrontendModule({
  pluginId: 'scaffolder',
  extensions: [
    FormFieldBlueprint.make({
      name: 'localplus-service-name',
      params: {
        field: () => import('./ServiceNameField').then(m => m.serviceNameField),
      },
    }),
  ],
});
