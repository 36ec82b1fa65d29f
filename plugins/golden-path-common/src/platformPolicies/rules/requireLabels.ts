import type { PolicyRule } from '../policyTypes';

/** The labels every object carries: the catalog, cost reports and dashboards select on them. */
export const REQUIRED_LABELS = [
  'app.kubernetes.io/name',
  'app.kubernetes.io/part-of',
  'backstage.io/kubernetes-id',
  'localplus.io/environment',
];

export const requireLabels: PolicyRule = {
  policy: 'require-labels',
  enforcedAtAdmission: false,
  check(object, report) {
    for (const label of REQUIRED_LABELS) {
      if (!object.labels[label]) {
        report(`label ${label} is missing`);
      }
    }
    if (object.template && !object.template.labels['app.kubernetes.io/name']) {
      report('pod template label app.kubernetes.io/name is missing');
    }
  },
};
