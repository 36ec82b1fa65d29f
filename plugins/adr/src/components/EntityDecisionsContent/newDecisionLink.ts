import { NEW_DECISION_TEMPLATE_PATH } from '../../routes';

/** The new-decision template with the entity already chosen (the scaffolder reads `formData`). */
export function newDecisionLink(entityRef: string): string {
  const formData = JSON.stringify({ entity: entityRef });
  return `${NEW_DECISION_TEMPLATE_PATH}?formData=${encodeURIComponent(
    formData,
  )}`;
}
