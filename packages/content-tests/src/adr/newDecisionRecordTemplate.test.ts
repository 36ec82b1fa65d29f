import fs from 'node:fs';
import path from 'node:path';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import { templateEntityV1beta3Validator } from '@backstage/plugin-scaffolder-common';
import scaffolderModuleAdr, {
  CREATE_DECISION_RECORD_ACTION_ID,
  createCreateDecisionRecordAction,
  readDecisionRecordInput,
} from '@localplus/plugin-scaffolder-backend-module-adr';
import request from 'supertest';
import { parse } from 'yaml';
import { followLocations } from '../__testUtils__/followLocations';

jest.setTimeout(120_000);

const repoRoot = path.resolve(__dirname, '../../../..');
const templateFile = path.join(repoRoot, 'templates/adr/template.yaml');

interface ParameterSchema {
  type: string;
  'ui:field'?: string;
  'ui:options'?: Record<string, any>;
}
interface TemplateStep {
  id: string;
  action: string;
  input: Record<string, string>;
}
const template = parse(fs.readFileSync(templateFile, 'utf8'));
const parameters: Record<string, ParameterSchema> = Object.assign(
  {},
  ...template.spec.parameters.map((page: any) => page.properties),
);
const required: string[] = template.spec.parameters.flatMap(
  (page: any) => page.required ?? [],
);
const steps: TemplateStep[] = template.spec.steps;

/** The JSON Schema the scaffolder derives from the action's zod fields. */
const actionInput = createCreateDecisionRecordAction({
  discovery: mockServices.discovery(),
  auth: mockServices.auth(),
}).schema!.input as {
  properties: Record<string, { type?: string }>;
  required?: string[];
};

/** `${{ parameters.x }}` as a whole value: the parameter passed through unchanged. */
function passedParameter(value: string): string | undefined {
  return /^\$\{\{\s*parameters\.(\w+)\s*\}\}$/.exec(value)?.[1];
}

describe('the New decision record template', () => {
  it('is a valid Template entity', async () => {
    expect(await templateEntityV1beta3Validator.check(template)).toBe(true);
    expect(template.metadata.name).toBe('new-decision-record');
    expect(template.metadata.title).toBe('New decision record');
    expect(template.metadata.tags).toEqual(['adr', 'architecture']);
  });

  it('is loaded by the catalog from the root catalog-info.yaml', () => {
    const found = followLocations<{ kind: string; metadata: any }>([
      path.join(repoRoot, 'catalog-info.yaml'),
    ]).find(({ file }) => file === templateFile);
    expect(found?.entity.metadata.name).toBe('new-decision-record');
  });

  it('is owned by a group of the catalog', () => {
    const groups = followLocations<{ kind: string; metadata: any }>([
      path.join(repoRoot, 'catalog-info.yaml'),
    ])
      .filter(({ entity }) => entity.kind === 'Group')
      .map(({ entity }) => `group:default/${entity.metadata.name}`);
    expect(groups).toContain(template.spec.owner);
  });

  it('offers only entities that name a decision folder', () => {
    expect(parameters.entity['ui:field']).toBe('EntityPicker');
    expect(parameters.entity['ui:options']).toMatchObject({
      catalogFilter: [
        { 'metadata.annotations.backstage.io/adr-location': { exists: true } },
      ],
      allowArbitraryValues: false,
    });
  });

  it('has one step, the decision record action', () => {
    expect(steps.map(step => step.action)).toEqual([
      CREATE_DECISION_RECORD_ACTION_ID,
    ]);
  });

  it('passes each parameter to the action input of the same meaning and type', () => {
    const [step] = steps;
    const inputNames = Object.keys(step.input);
    expect(
      inputNames.filter(name => !(name in actionInput.properties)),
    ).toEqual([]);
    expect(
      (actionInput.required ?? []).filter(name => !inputNames.includes(name)),
    ).toEqual([]);
    for (const [name, value] of Object.entries(step.input)) {
      const parameter = passedParameter(value);
      expect({ name, parameter }).toEqual({
        name,
        parameter: expect.any(String),
      });
      expect({ name, type: parameters[parameter!]?.type }).toEqual({
        name,
        type: actionInput.properties[name].type,
      });
    }
    // Every question is used, and what the action requires is asked.
    const passed = Object.values(step.input).map(passedParameter);
    expect(Object.keys(parameters).filter(p => !passed.includes(p))).toEqual(
      [],
    );
    for (const name of actionInput.required ?? []) {
      expect({ name, asked: required }).toEqual({
        name,
        asked: expect.arrayContaining([passedParameter(step.input[name])]),
      });
    }
  });

  it('asks within the limits the action enforces', () => {
    const [step] = steps;
    const LIMITS = ['minLength', 'maxLength', 'maxItems'] as const;
    const limitsOf = (schema: any): Record<string, unknown> | undefined =>
      schema && {
        ...Object.fromEntries(
          LIMITS.filter(key => key in schema).map(key => [key, schema[key]]),
        ),
        ...(schema.items && { items: limitsOf(schema.items) }),
      };
    for (const [name, value] of Object.entries(step.input)) {
      const parameter = passedParameter(value)!;
      expect({ name, limits: limitsOf(parameters[parameter]) }).toEqual({
        name,
        limits: limitsOf(actionInput.properties[name]),
      });
    }
  });

  describe('through the scaffolder', () => {
    let backend: Awaited<ReturnType<typeof startTestBackend>>;

    beforeAll(async () => {
      backend = await startTestBackend({
        features: [
          scaffolderPlugin,
          scaffolderModuleAdr,
          catalogServiceMock.factory({ entities: [] }),
          mockServices.rootConfig.factory({
            data: { backend: { baseUrl: 'http://localhost:7007' } },
          }),
        ],
      });
    });

    afterAll(() => backend?.stop());

    async function dryRun(values: Record<string, unknown>) {
      const response = await request(backend.server)
        .post('/api/scaffolder/v2/dry-run')
        .set('Authorization', mockCredentials.user.header())
        .send({ template, values, secrets: {}, directoryContents: [] });
      const messages: string[] = (response.body.log ?? []).map(
        (entry: any) => entry.body.message,
      );
      return { response, messages };
    }

    /** The step's input as the scaffolder rendered it, read back from the dry-run log. */
    function renderedInput(messages: string[]) {
      const prefix = `Running ${CREATE_DECISION_RECORD_ACTION_ID} in dry-run mode with inputs (secrets redacted): `;
      const line = messages.find(message => message.includes(prefix));
      expect({ line, messages }).toEqual({
        line: expect.any(String),
        messages,
      });
      return JSON.parse(line!.slice(line!.indexOf(prefix) + prefix.length));
    }

    it('renders a full form into an input the action accepts, and skips the write', async () => {
      const values = {
        entity: 'system:default/viridial-platform',
        title: 'Linkerd for production traffic',
        status: 'proposed',
        context: 'Services talk in clear text inside the cluster.',
        options: ['Linkerd', 'Istio'],
        decision: 'Adopt **Linkerd**.',
        consequences: 'One more control plane to run.',
        decisionMakers: ['viridial-infra-team'],
        consulted: ['tech-leads'],
        informed: ['viridial-team'],
        tags: ['service-mesh'],
      };
      const { response, messages } = await dryRun(values);
      expect(response.status).toBe(200);

      const input = renderedInput(messages);
      expect(
        readDecisionRecordInput(CREATE_DECISION_RECORD_ACTION_ID, input),
      ).toEqual({
        entityRef: values.entity,
        title: values.title,
        context: values.context,
        options: values.options,
        decision: values.decision,
        consequences: values.consequences,
        status: 'proposed',
        decisionMakers: values.decisionMakers,
        consulted: values.consulted,
        informed: values.informed,
        tags: values.tags,
        supersedes: [],
      });
      expect(messages.join('\n')).toMatch(/Skipping because .*dry-run/i);
      expect(response.body.output.links.map((link: any) => link.title)).toEqual(
        ['Open the decision', 'Pull request'],
      );
    });

    it('renders a form with only the required answers into an accepted input', async () => {
      const { response, messages } = await dryRun({
        entity: 'component:default/docs',
        title: 'Keep decisions beside the code',
        status: 'accepted',
        context: 'Decisions get lost in wikis.',
        decision: 'Each repository keeps a docs/adr folder.',
      });
      expect(response.status).toBe(200);
      const input = readDecisionRecordInput(
        CREATE_DECISION_RECORD_ACTION_ID,
        renderedInput(messages),
      );
      expect(input).toMatchObject({
        status: 'accepted',
        options: [],
        decisionMakers: [],
        tags: [],
      });
      expect(input.consequences).toBeUndefined();
    });

    it('refuses a form without a title before anything runs', async () => {
      const { response } = await dryRun({
        entity: 'component:default/docs',
        status: 'proposed',
        context: 'x',
        decision: 'y',
      });
      expect(response.status).toBe(400);
    });
  });
});
