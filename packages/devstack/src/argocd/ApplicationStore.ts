import { DevstackDataset } from '../dataset/buildDevstackDataset';
import {
  ARGOCD_NAMESPACE,
  ArgoApplication,
} from '../dataset/argocd/buildApplication';
import { Commit } from '../dataset/commitHistory';
import { iso } from '../dataset/kubernetes/objectMeta';
import {
  LabelSelector,
  matchesLabelSelector,
} from '../kubernetes/labelSelector';
import { ArgoApiError } from './argoErrors';

export interface ApplicationQuery {
  selector: LabelSelector;
  name?: string;
  projects: string[];
  repo?: string;
  appNamespace?: string;
}

/** What `GET /api/v1/applications/{name}/revisions/{revision}/metadata` returns. */
export interface RevisionMetadata {
  author: string;
  date: string;
  tags: string[];
  message: string;
  signatureInfo: string;
}

function notFound(name: string): ArgoApiError {
  return new ArgoApiError(
    'notFound',
    `applications.argoproj.io "${name}" not found`,
  );
}

/** The read-only application list of the simulated Argo CD. */
export class ApplicationStore {
  private readonly applications: ArgoApplication[];
  private readonly commitsByApplication = new Map<string, Commit[]>();

  constructor(dataset: DevstackDataset) {
    this.applications = dataset.applications;
    for (const cluster of dataset.clusters) {
      for (const workload of cluster.workloads) {
        this.commitsByApplication.set(
          workload.application.metadata.name,
          dataset.commits.get(workload.plan.component.name) ?? [],
        );
      }
    }
  }

  get names(): string[] {
    return this.applications.map(app => app.metadata.name);
  }

  /** Filters like Argo CD's List: selector, then name, projects and repository. */
  list(query: ApplicationQuery): ArgoApplication[] {
    if (query.appNamespace && query.appNamespace !== ARGOCD_NAMESPACE) {
      return [];
    }
    return this.applications.filter(
      app =>
        matchesLabelSelector(app.metadata.labels, query.selector) &&
        (!query.name || app.metadata.name === query.name) &&
        (query.projects.length === 0 ||
          query.projects.includes(app.spec.project)) &&
        (!query.repo || app.spec.source.repoURL === query.repo),
    );
  }

  get(name: string, appNamespace?: string, project?: string): ArgoApplication {
    const app = this.applications.find(a => a.metadata.name === name);
    if (
      !app ||
      (appNamespace && appNamespace !== ARGOCD_NAMESPACE) ||
      (project && app.spec.project !== project)
    ) {
      throw notFound(name);
    }
    return app;
  }

  /**
   * Commit metadata of a revision of the application's repository: a full or
   * abbreviated sha, or `main`/`HEAD` for the newest commit.
   */
  revisionMetadata(
    name: string,
    revision: string,
    appNamespace?: string,
  ): RevisionMetadata {
    this.get(name, appNamespace);
    const commits = this.commitsByApplication.get(name) ?? [];
    const lowered = revision.toLowerCase();
    let commit: Commit | undefined;
    if (revision === 'HEAD' || revision === 'main') {
      commit = commits[commits.length - 1];
    } else if (/^[0-9a-f]{7,40}$/.test(lowered)) {
      commit = commits.find(c => c.sha.startsWith(lowered));
    }
    if (!commit) {
      throw new ArgoApiError(
        'notFound',
        `revision ${revision} not found in ${name}'s repository`,
      );
    }
    return {
      author: `${commit.author.name} <${commit.author.email}>`,
      date: iso(commit.date),
      tags: [],
      message: commit.message,
      signatureInfo: '',
    };
  }
}
