import { createPermission } from '@backstage/plugin-permission-common';

/** Read frameworks, controls, their status and coverage, the evidence, exemptions, runs and the ledger's verification. */
export const complianceReadPermission = createPermission({
  name: 'compliance.control.read',
  attributes: { action: 'read' },
});

/** Download a period as OSCAL assessment results + CSV in a zip with a SHA-256 manifest. */
export const complianceExportPermission = createPermission({
  name: 'compliance.evidence.export',
  attributes: { action: 'read' },
});

/** Start an evaluation now (it runs once across replicas, like the scheduled one). */
export const complianceEvaluatePermission = createPermission({
  name: 'compliance.evaluation.run',
  attributes: { action: 'create' },
});

/** Ask for an exemption of one control for one subject, with a justification and an expiry. */
export const complianceExemptionRequestPermission = createPermission({
  name: 'compliance.exemption.request',
  attributes: { action: 'create' },
});

/** Approve or reject an exemption someone else asked for (security). */
export const complianceExemptionDecidePermission = createPermission({
  name: 'compliance.exemption.decide',
  attributes: { action: 'update' },
});

/** Every permission the compliance plugin declares. */
export const compliancePermissions = [
  complianceReadPermission,
  complianceExportPermission,
  complianceEvaluatePermission,
  complianceExemptionRequestPermission,
  complianceExemptionDecidePermission,
];
