import { PagerDutyDataset } from './pagerDutyDataset';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const escape = (text: string) => text.replace(/[&<>"']/g, c => ESCAPES[c]);

function find(dataset: PagerDutyDataset, collection: string, id: string) {
  const lists: Record<string, Array<{ id: string; name: string }>> = {
    users: dataset.users,
    schedules: dataset.schedules,
    escalation_policies: dataset.escalationPolicies,
    services: dataset.services,
  };
  return lists[collection]?.find(item => item.id === id);
}

/**
 * The page a PagerDuty `html_url` opens in the portal's dev setup: the
 * object's name and raw JSON, marked as simulated demo data.
 */
export function demoPage(
  dataset: PagerDutyDataset,
  collection: string,
  id: string,
): string {
  const item = find(dataset, collection, id);
  const title = item ? item.name : `No ${collection} ${id}`;
  const body = item
    ? JSON.stringify(item, null, 2)
    : 'Not in the demo dataset.';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escape(
    title,
  )} (simulated PagerDuty)</title></head>
<body>
<p><strong>DEMO DATA</strong> from the devstack PagerDuty simulator; no real PagerDuty account.</p>
<h1>${escape(title)}</h1>
<pre>${escape(body)}</pre>
</body>
</html>
`;
}
