import type {
  BackstageCredentials,
  BackstageUserPrincipal,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type {
  ComplianceControl,
  MyFailingControlsResponse,
} from '@localplus/plugin-compliance-common';
import { untilNow } from '../../period';
import type { ComplianceStore } from '../store/ComplianceStore';

/** A person owning more than this many entities sees the first ones; the widget is a summary. */
const MAX_ENTITIES = 2000;
const MAX_ITEMS = 500;

export interface MyFailingControlsServiceOptions {
  store: ComplianceStore;
  catalog: CatalogService;
  userInfo: UserInfoService;
  controls: ComplianceControl[];
  now: () => Date;
}

/**
 * The home widget's question: which controls are not satisfied, or could
 * not be evaluated, for the entities the signed-in person's groups own, at
 * the latest run. Ownership comes from the person's sign-in (their groups),
 * the entities from the catalog as that person sees it.
 */
export class MyFailingControlsService {
  readonly #controls: Map<string, ComplianceControl>;

  constructor(private readonly options: MyFailingControlsServiceOptions) {
    this.#controls = new Map(options.controls.map(c => [c.id, c]));
  }

  async failingFor(
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<MyFailingControlsResponse> {
    const { store, catalog, userInfo, now } = this.options;
    const { ownershipEntityRefs } = await userInfo.getUserInfo(credentials);
    if (ownershipEntityRefs.length === 0) {
      return { items: [] };
    }
    const owned = await catalog.getEntities(
      {
        filter: { 'relations.ownedBy': ownershipEntityRefs },
        fields: ['kind', 'metadata.namespace', 'metadata.name'],
        limit: MAX_ENTITIES,
      },
      { credentials },
    );
    const entityRefs = owned.items.map(entity =>
      stringifyEntityRef(entity).toLocaleLowerCase('en-US'),
    );
    if (entityRefs.length === 0) {
      return { items: [] };
    }
    const failing = await store.listEvaluations({
      period: untilNow(now()),
      entityRefs,
      statuses: ['not-satisfied', 'error'],
      latestOnly: true,
    });
    const items: MyFailingControlsResponse['items'] = [];
    for (const evaluation of failing) {
      const control = this.#controls.get(evaluation.controlId);
      if (!control || !evaluation.entityRef) {
        // A control removed from the files since that run is no one's task.
        continue;
      }
      items.push({
        control: {
          id: control.id,
          title: control.title,
          requirements: control.requirements,
        },
        entityRef: evaluation.entityRef,
        subject: evaluation.subject,
        status: evaluation.status as 'not-satisfied' | 'error',
        reason: evaluation.reason,
        evaluatedAt: evaluation.evaluatedAt,
      });
    }
    // Failures before errors: a failure is a finding, an error a question.
    const rank = { 'not-satisfied': 0, error: 1 };
    items.sort(
      (a, b) =>
        rank[a.status] - rank[b.status] ||
        a.entityRef.localeCompare(b.entityRef) ||
        a.control.id.localeCompare(b.control.id) ||
        a.subject.localeCompare(b.subject),
    );
    return { items: items.slice(0, MAX_ITEMS) };
  }
}
