import { builders, ownerAndOperators } from './answers';
import { everyone, RouteTable } from './types';

const task =
  (suffix = '') =>
  (f: { developerTaskId: string }) => ({
    path: `/api/scaffolder/v2/tasks/${f.developerTaskId}${suffix}`,
  });

/** The scaffolder backend: templates, actions and template runs. */
export const scaffolderRoutes: RouteTable = {
  'GET /api/scaffolder/openapi.json': {
    checks: 'none: the API description, for signed-in callers',
    sample: { path: '/api/scaffolder/openapi.json' },
    expect: everyone,
  },
  'GET /api/scaffolder/v2/templates/:namespace/:kind/:name/parameter-schema': {
    checks:
      'catalog.entity.read of the template, scaffolder.template.parameter.read',
    sample: {
      path: '/api/scaffolder/v2/templates/default/template/route-battery-template/parameter-schema',
    },
    expect: everyone,
  },
  'GET /api/scaffolder/v2/actions': {
    checks: 'none: the installed actions and their schemas',
    sample: { path: '/api/scaffolder/v2/actions' },
    expect: everyone,
  },
  'GET /api/scaffolder/v2/templating-extensions': {
    checks: 'none: the template filters and globals',
    sample: { path: '/api/scaffolder/v2/templating-extensions' },
    expect: everyone,
  },
  'POST /api/scaffolder/v2/tasks': {
    checks:
      'scaffolder.task.create (then 404: the sample template does not exist)',
    sample: {
      path: '/api/scaffolder/v2/tasks',
      body: {
        templateRef: 'template:default/route-battery-missing',
        values: {},
      },
    },
    expect: builders,
  },
  'GET /api/scaffolder/v2/tasks': {
    checks: 'scaffolder.task.read (list: own runs, all for operators)',
    sample: { path: '/api/scaffolder/v2/tasks' },
    expect: everyone,
  },
  'GET /api/scaffolder/v2/tasks/:taskId': {
    checks: "scaffolder.task.read, conditional: the developer's own run",
    sample: task(),
    expect: ownerAndOperators,
  },
  'GET /api/scaffolder/v2/tasks/:taskId/events': {
    checks: "scaffolder.task.read, conditional: the developer's own run",
    sample: task('/events'),
    expect: ownerAndOperators,
  },
  'GET /api/scaffolder/v2/tasks/:taskId/eventstream': {
    checks: "scaffolder.task.read, conditional: the developer's own run",
    sample: task('/eventstream'),
    expect: ownerAndOperators,
  },
  'POST /api/scaffolder/v2/tasks/:taskId/cancel': {
    checks:
      "scaffolder.task.cancel and .read, conditional: the developer's own run",
    sample: task('/cancel'),
    expect: ownerAndOperators,
  },
  'POST /api/scaffolder/v2/tasks/:taskId/retry': {
    checks: "scaffolder.task.create, and .read of the developer's own run",
    sample: task('/retry'),
    expect: ownerAndOperators,
  },
  'POST /api/scaffolder/v2/dry-run': {
    checks: 'scaffolder.task.create and scaffolder.template.dry-run',
    sample: {
      path: '/api/scaffolder/v2/dry-run',
      body: {
        template: {
          apiVersion: 'scaffolder.backstage.io/v1beta3',
          kind: 'Template',
          metadata: { name: 'route-battery-dry-run' },
          spec: {
            type: 'service',
            steps: [
              { id: 'log', action: 'debug:log', input: { message: 'dry run' } },
            ],
          },
        },
        values: {},
        directoryContents: [],
      },
    },
    expect: builders,
  },
  'POST /api/scaffolder/v2/autocomplete/:provider/:resource': {
    checks:
      "none: suggestions from a provider, with the caller's own provider token",
    sample: {
      path: '/api/scaffolder/v2/autocomplete/route-battery/repositories',
      body: { token: 'not-a-token', context: {} },
    },
    expect: everyone,
  },
};
