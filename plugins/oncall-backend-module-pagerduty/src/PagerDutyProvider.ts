import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type {
  RotationProblem,
  ScheduleOverride,
} from '@localplus/plugin-oncall-common';
import type {
  OnCallProvider,
  ProvidedRotation,
  ProvidedRotations,
} from '@localplus/plugin-oncall-node';
import { DateTime } from 'luxon';
import {
  MappedComponent,
  readCatalogUsersByEmail,
  readMappedComponents,
} from './catalog/readCatalog';
import { PagerDutyClient } from './client/PagerDutyClient';
import { PagerDutyRequestError } from './client/PagerDutyRequestError';
import type {
  PagerDutyEscalationPolicy,
  PagerDutyService,
} from './client/schemas';
import type { PagerDutyProviderOptions } from './config';
import { roleSchedules } from './mapping/escalation';
import { mapOverrides } from './mapping/overrides';
import {
  policyRotation,
  rotationName,
  rotationTimeZone,
} from './mapping/policyRotation';
import { MappingProblem, RotationUsers, UserDirectory } from './mapping/users';

export const PAGERDUTY_PROVIDER_ID = 'pagerduty';

/** PagerDuty overrides are read from a week back to this many days ahead. */
const OVERRIDES_DAYS_BACK = 7;
const OVERRIDES_DAYS_AHEAD = 60;

export interface PagerDutyProviderDeps {
  client: PagerDutyClient;
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
  options: Pick<
    PagerDutyProviderOptions,
    'baseUrl' | 'timeZone' | 'acknowledgeTargets'
  >;
  /** The current time; tests fix it. */
  now?: () => Date;
}

/**
 * The `pagerduty` rotation provider: one rotation per PagerDuty escalation
 * policy that a catalog component's `pagerduty.com/service-id` reaches,
 * read through the REST API each time the on-call backend asks. A failing
 * request becomes a problem on the owners concerned, never an exception.
 */
export class PagerDutyProvider implements OnCallProvider {
  readonly id = PAGERDUTY_PROVIDER_ID;
  private readonly now: () => Date;

  constructor(private readonly deps: PagerDutyProviderDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  async listRotations(): Promise<ProvidedRotations> {
    const { catalog, auth } = this.deps;
    const credentials = await auth.getOwnServiceCredentials();
    const mapped = await readMappedComponents(catalog, credentials);
    const problems = [...mapped.problems];
    if (mapped.components.length === 0) {
      // Nothing in the catalog points at PagerDuty: no reason to call it.
      return { rotations: [], problems };
    }

    let account: Awaited<ReturnType<PagerDutyProvider['readAccount']>>;
    try {
      account = await this.readAccount();
    } catch (error) {
      const message = this.failureMessage(error);
      const owners = new Set(mapped.components.map(c => c.owner));
      for (const owner of owners) {
        problems.push({
          entityRef: owner,
          source: this.deps.options.baseUrl,
          message,
        });
      }
      return { rotations: [], problems };
    }

    const directory = new UserDirectory(
      account.users,
      await readCatalogUsersByEmail(catalog, credentials),
    );
    const byPolicy = this.componentsByPolicy(
      mapped.components,
      account.services,
      account.policies,
      problems,
    );
    const rotations: ProvidedRotation[] = [];
    for (const { policy, components } of byPolicy) {
      const source =
        policy.html_url ??
        `${this.deps.options.baseUrl}/escalation_policies/${policy.id}`;
      try {
        const rotation = await this.readRotation(
          policy,
          components,
          new RotationUsers(directory),
          source,
          problems,
        );
        rotations.push(rotation);
      } catch (error) {
        problems.push({
          entityRef: components[0].owner,
          source,
          message: this.failureMessage(error),
        });
      }
    }
    return { rotations, problems };
  }

  /** The account-wide lists, one after the other to stay well under the rate limit. */
  private async readAccount() {
    const { client } = this.deps;
    const services = await client.listServices();
    const policies = await client.listEscalationPolicies();
    const users = await client.listUsers();
    return { services, policies, users };
  }

  /**
   * The policies the mapped components' services use, each with its
   * components ordered as the policy lists its services, so that the
   * component of the policy's first service decides the owner.
   */
  private componentsByPolicy(
    components: MappedComponent[],
    services: PagerDutyService[],
    policies: PagerDutyEscalationPolicy[],
    problems: RotationProblem[],
  ): Array<{
    policy: PagerDutyEscalationPolicy;
    components: MappedComponent[];
  }> {
    const serviceById = new Map(services.map(s => [s.id, s]));
    const policyById = new Map(policies.map(p => [p.id, p]));
    const grouped = new Map<string, MappedComponent[]>();
    for (const component of components) {
      for (const serviceId of component.serviceIds) {
        const service = serviceById.get(serviceId);
        const policyId = service?.escalation_policy.id;
        if (!service || !policyId || !policyById.has(policyId)) {
          problems.push({
            entityRef: component.ref,
            source: `${this.deps.options.baseUrl}/services/${serviceId}`,
            field: 'metadata.annotations["pagerduty.com/service-id"]',
            message: service
              ? `PagerDuty service ${service.name} (${serviceId}) uses escalation policy ${policyId}, which GET /escalation_policies does not list`
              : `PagerDuty has no service ${serviceId} (or the token cannot see it)`,
          });
          continue;
        }
        const list = grouped.get(policyId) ?? [];
        if (!list.includes(component)) list.push(component);
        grouped.set(policyId, list);
      }
    }
    return [...grouped.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([policyId, members]) => {
        const policy = policyById.get(policyId)!;
        const order = (policy.services ?? []).map(s => s.id);
        const rank = (c: MappedComponent) => {
          const positions = c.serviceIds
            .map(id => order.indexOf(id))
            .filter(position => position >= 0);
          return positions.length > 0 ? Math.min(...positions) : order.length;
        };
        const sorted = [...members].sort(
          (a, b) => rank(a) - rank(b) || a.ref.localeCompare(b.ref),
        );
        return { policy, components: sorted };
      });
  }

  private async readRotation(
    policy: PagerDutyEscalationPolicy,
    components: MappedComponent[],
    users: RotationUsers,
    source: string,
    problems: RotationProblem[],
  ): Promise<ProvidedRotation> {
    const { client, options } = this.deps;
    const now = DateTime.fromJSDate(this.now()).toUTC();
    // Rendered entries are not used: a short window keeps the answer small.
    const window = {
      since: now.toISO()!,
      until: now.plus({ hours: 1 }).toISO()!,
    };
    const roles = roleSchedules(policy);
    const primary = roles.primary
      ? await client.getSchedule(roles.primary, window)
      : undefined;
    const zone = rotationTimeZone(primary, options.timeZone);
    const secondary = roles.secondary
      ? await client.getSchedule(roles.secondary, {
          ...window,
          timeZone: zone.timeZone,
        })
      : undefined;

    const mapping = policyRotation({
      policy,
      primary,
      secondary,
      components,
      timeZone: zone.timeZone,
      users,
      acknowledgeTargets: options.acknowledgeTargets,
    });
    const { definition } = mapping;
    const attach = (found: MappingProblem[]) =>
      problems.push(
        ...found.map(p => ({ entityRef: definition.owner, source, ...p })),
      );

    const providerOverrides: ScheduleOverride[] = [];
    const overridesWindow = {
      since: now.minus({ days: OVERRIDES_DAYS_BACK }).toISO()!,
      until: now.plus({ days: OVERRIDES_DAYS_AHEAD }).toISO()!,
    };
    for (const role of ['primary', 'secondary'] as const) {
      const scheduleId = roles[role];
      if (!scheduleId) continue;
      try {
        const overrides = await client.listOverrides(
          scheduleId,
          overridesWindow,
        );
        providerOverrides.push(
          ...mapOverrides(
            overrides,
            { rotation: rotationName(policy.id), role, scheduleId },
            users,
            now.toISO()!,
          ),
        );
      } catch (error) {
        // The rotation stands without them; the problem says what is missing.
        problems.push({
          entityRef: definition.owner,
          source,
          message: `PagerDuty overrides not shown: ${this.failureMessage(
            error,
          )}`,
        });
      }
    }
    attach([
      ...(zone.problem ? [zone.problem] : []),
      ...mapping.problems,
      ...users.problems,
    ]);
    return {
      provider: PAGERDUTY_PROVIDER_ID,
      source,
      definition,
      coveredEntities: components.map(c => c.ref),
      providerOverrides,
    };
  }

  /** A request failure's message, logged once; anything else is a bug and is thrown. */
  private failureMessage(error: unknown): string {
    if (!(error instanceof PagerDutyRequestError)) {
      throw error;
    }
    this.deps.logger.warn(`PagerDuty on-call provider: ${error.message}`);
    return error.message;
  }
}
