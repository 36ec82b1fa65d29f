export interface Config {
  localplus?: {
    /** LOCAL-PLUS scaffolder actions (golden-path template). */
    scaffolder?: {
      /** kubectl binary used to render kustomize overlays. Default: "kubectl" on PATH. */
      kubectl?: string;
      /** Owners of new services must be child groups of this group. Default: "product-teams". */
      productTeamsParent?: string;
      /** Systems a new service may join. Default: "^localplus-". */
      systemPattern?: string;
      /**
       * The platform's contracts repository, in the scaffolder's repoUrl form,
       * e.g. "github.com?owner=localplus&repo=contracts-proto".
       */
      contractsRepository?: string;
      /**
       * Development only. When set, new repositories are published as local
       * bare git repositories under this folder instead of GitHub.
       */
      localPublisher?: {
        /** Folder for repos/ and checkouts/, relative to the backend's working directory. */
        directory: string;
      };
    };
  };
}
