export interface Config {
  compliance?: {
    /**
     * The Kubernetes evidence collector. The clusters themselves are read
     * from `kubernetes.clusterLocatorMethods` (type `config`), the same
     * entries the Kubernetes backend uses.
     */
    kubernetes?: {
      /** One request to an API server, the answer read included. 1 to 300, default 15. */
      requestTimeoutSeconds?: number;
      /** One `kubectl kustomize` render. 1 to 600, default 60. */
      kustomizeTimeoutSeconds?: number;
      /** The kubectl program that renders overlays. Default `kubectl` on the PATH. */
      kubectl?: string;
    };
  };
}
