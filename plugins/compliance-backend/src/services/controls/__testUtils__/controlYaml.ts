/** Control files as an organisation would write them, for tests. */

export const SOC2_YAML = `apiVersion: compliance.localplus.io/v1
kind: Framework
metadata:
  id: soc2
  title: SOC 2
spec:
  version: 2017 Trust Services Criteria
  requirements:
    - id: CC6.1
      title: Logical access security
    - id: CC7.2
      title: Monitoring of system components
`;

export const GDPR_YAML = `apiVersion: compliance.localplus.io/v1
kind: Framework
metadata: { id: gdpr, title: GDPR }
spec:
  requirements:
    - { id: Art.17, title: Right to erasure }
    - { id: Art.44, title: Transfers to third countries }
`;

export const ACCESS_CONTROL_YAML = `apiVersion: compliance.localplus.io/v1
kind: Control
metadata: { id: access-control, title: Access is granted by role }
spec:
  description: Permissions are granted to roles, never to everyone.
  owner: group:default/team-security
  frequency: daily
  requirements: [soc2:CC6.1]
  evidence:
    - check: access.policy
    - check: access.admins
      params: { maxAdmins: 5 }
`;

export const RESIDENCY_YAML = `apiVersion: compliance.localplus.io/v1
kind: Control
metadata: { id: gdpr-eu-residency, title: Data stays in the EU }
spec:
  description: Every cluster node runs in eu-west-1.
  owner: group:default/team-platform
  frequency: continuous
  requirements: [gdpr:Art.44, soc2:CC6.1]
  evidence:
    - check: kubernetes.cluster-region
      params: { regions: [eu-west-1] }
`;

/** Documents joined into one multi-document file. */
export const documents = (...parts: string[]) => parts.join('---\n');
