import { ARGOCD, ArgoApplication } from '../dataset/argoApplication';
import { render } from '../dataset/renderTemplate';

const { uiPage } = ARGOCD;

/** The values with HTML's special characters escaped: none becomes markup. */
function escaped(values: Record<string, unknown>) {
  const escape = (value: unknown) =>
    String(value).replace(/[&<>"']/g, char => `&#${char.charCodeAt(0)};`);
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, escape(value)]),
  );
}

const page = (title: string, body: unknown) =>
  String(render(uiPage.frame, { ...escaped({ title }), body }));

/** The application's status and sync history, as the portal's links expect. */
export function applicationPage({ metadata, spec, status }: ArgoApplication) {
  const history = [...status.history].reverse().map(entry => {
    const ms = Date.parse(entry.deployedAt) - Date.parse(entry.deployStartedAt);
    const { deployedAt, revision } = entry;
    return render(
      uiPage.historyRow,
      escaped({ deployedAt, revision, seconds: ms / 1000 }),
    );
  });
  const values = escaped({
    name: metadata.name,
    project: spec.project,
    sync: status.sync.status,
    health: status.health.status,
    cluster: metadata.labels['localplus.io/cluster'],
    namespace: spec.destination.namespace,
    revision: status.sync.revision,
  });
  const body = render(uiPage.application, {
    ...values,
    history: history.join('\n'),
  });
  return page(metadata.name, body);
}

export function unknownApplicationPage(name: string) {
  return page(name, render(uiPage.unknown, escaped({ name })));
}
