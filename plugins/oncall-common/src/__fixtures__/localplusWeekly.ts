/**
 * The seeds' rotation ("On-Call Structure") as the demo rotation file
 * declares it: five people, weekly, primary and secondary one week apart,
 * week 1 from Monday 2026-01-05 10:00 Europe/Paris.
 */
export const localplusWeeklyYaml = `apiVersion: oncall.localplus.io/v1alpha1
kind: Rotation
metadata:
  name: localplus-weekly
  title: LOCAL-PLUS weekly on-call
  description: Five-person weekly rotation of the platform team (seeds, On-Call Structure).
spec:
  timeZone: Europe/Paris
  handoff:
    syncMinutes: 30
  layers:
    - name: primary
      role: primary
      start: "2026-01-05T10:00"
      shiftLength: 1w
      members: [alice, bob, charlie, diana, eve]
    - name: secondary
      role: secondary
      start: "2026-01-05T10:00"
      shiftLength: 1w
      members: [bob, charlie, diana, eve, alice]
  escalation:
    - { after: 0m, title: Primary on call, target: { role: primary } }
    - { after: 15m, title: Secondary on call, target: { role: secondary } }
    - { after: 30m, title: Incident commander, target: { group: tech-leads } }
    - { after: 60m, title: Management, target: { user: marc-lefevre } }
  acknowledgeTargets: { P1: 5m, P2: 15m, P3: 1h }
`;

export const LOCALPLUS_ONCALL_GROUP = 'group:default/localplus-oncall';
export const LOCALPLUS_WEEKLY_SOURCE = './oncall/localplus-weekly.yaml';
