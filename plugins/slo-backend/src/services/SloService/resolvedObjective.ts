import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  objectiveTarget,
  OpenSloObjective,
  OpenSloSlo,
} from '@localplus/plugin-slo-common';

/** Annotations an OpenSLO SLO document may carry for the links the portal shows. */
export const RUNBOOK_ANNOTATION = 'localplus.io/runbook-url';
export const DASHBOARD_ANNOTATION = 'localplus.io/dashboard-url';
/** Entity annotation choosing the environment its SLOs are measured in. */
export const ENVIRONMENT_ANNOTATION = 'localplus.io/slo-environment';

/** One objective of one SLO of one entity, with everything needed to measure it. */
export type ResolvedObjective = {
  key: string;
  entity: Entity;
  entityRef: string;
  slo: OpenSloSlo;
  objective: OpenSloObjective;
  index: number;
  target: number;
  environment: string;
  /** The OpenSLO metric source type, lower-cased: which registered source answers. */
  sourceType: string;
  runbookUrl?: string;
  dashboardUrl?: string;
};

export function objectiveKey(
  entityRef: string,
  sloName: string,
  index: number,
) {
  return `${entityRef}#${sloName}#${index}`;
}

/** Every objective of the entity's SLO documents, in document order. */
export function resolveObjectives(
  entity: Entity,
  slos: OpenSloSlo[],
  defaultEnvironment: string,
): ResolvedObjective[] {
  const entityRef = stringifyEntityRef(entity);
  const environment =
    entity.metadata.annotations?.[ENVIRONMENT_ANNOTATION] ?? defaultEnvironment;
  return slos.flatMap(slo =>
    slo.spec.objectives.map((objective, index) => ({
      key: objectiveKey(entityRef, slo.metadata.name, index),
      entity,
      entityRef,
      slo,
      objective,
      index,
      target: objectiveTarget(objective),
      environment,
      sourceType: metricSourceType(slo),
      ...sloLinks(entity, slo),
    })),
  );
}

/**
 * The runbook and dashboard of an SLO: its own annotations first, else the
 * entity's links titled as such.
 */
export function sloLinks(
  entity: Entity,
  slo: OpenSloSlo,
): { runbookUrl?: string; dashboardUrl?: string } {
  return {
    runbookUrl:
      slo.metadata.annotations?.[RUNBOOK_ANNOTATION] ??
      entityLink(entity, /runbook/i),
    dashboardUrl:
      slo.metadata.annotations?.[DASHBOARD_ANNOTATION] ??
      entityLink(entity, /grafana|dashboard/i),
  };
}

function metricSourceType(slo: OpenSloSlo): string {
  const { ratioMetric, thresholdMetric } = slo.spec.indicator.spec;
  const source =
    ratioMetric?.total.metricSource ?? thresholdMetric!.metricSource;
  return source.type.toLowerCase();
}

function entityLink(entity: Entity, title: RegExp): string | undefined {
  return entity.metadata.links?.find(link => title.test(link.title ?? ''))?.url;
}

/** How the objective names itself in the portal. */
export function objectiveName(resolved: ResolvedObjective): string {
  return (
    resolved.objective.displayName ??
    `${
      resolved.slo.metadata.displayName ?? resolved.slo.metadata.name
    } objective ${resolved.index + 1}`
  );
}
