import { usePermission } from '@backstage/plugin-permission-react';
import {
  complianceEvaluatePermission,
  complianceExemptionDecidePermission,
  complianceExemptionRequestPermission,
  complianceExportPermission,
} from '@localplus/plugin-compliance-common';

/** What the signed-in person may do beyond reading. */
export type ComplianceActions = {
  canExport: boolean;
  canRunEvaluation: boolean;
  canRequestExemption: boolean;
  canDecideExemption: boolean;
};

/**
 * The write actions the permission policy grants the signed-in person.
 * Each is false until the policy has answered, so a control appears only
 * once allowed: an auditor never sees a button flash and vanish. The
 * backend checks every action again.
 */
export function useCompliancePermissions(): ComplianceActions {
  const exporting = usePermission({ permission: complianceExportPermission });
  const running = usePermission({ permission: complianceEvaluatePermission });
  const requesting = usePermission({
    permission: complianceExemptionRequestPermission,
  });
  const deciding = usePermission({
    permission: complianceExemptionDecidePermission,
  });
  return {
    canExport: exporting.allowed,
    canRunEvaluation: running.allowed,
    canRequestExemption: requesting.allowed,
    canDecideExemption: deciding.allowed,
  };
}
