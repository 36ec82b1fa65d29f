export interface Config {
  slo?: {
    /**
     * The Prometheus metric source. Without this key the module registers
     * nothing. Anything speaking the Prometheus HTTP API (Thanos, Mimir,
     * VictoriaMetrics) works too.
     */
    prometheus?: {
      /**
       * How long one query may take, response body included; also sent to
       * Prometheus as its evaluation timeout. A duration string ("10s",
       * "1500ms", "PT30S") or an object such as { seconds: 30 }.
       * Default 10s, at most 5 minutes.
       */
      timeout?:
        | string
        | {
            milliseconds?: number;
            seconds?: number;
            minutes?: number;
          };
      /** One Prometheus per environment, by environment name (dev, staging, prod). At least one. */
      environments: {
        [environment: string]: {
          /**
           * Where the HTTP API is served, including any path prefix, e.g.
           * https://gateway.example/prometheus. http or https, without
           * credentials, query string or fragment.
           */
          baseUrl: string;
          /**
           * The Prometheus UI as people's browsers reach it. Only used for
           * "open in Prometheus" links; without it there are none.
           */
          publicUrl?: string;
          /**
           * Extra request headers sent to baseUrl, e.g.
           * Authorization: Bearer ${PROMETHEUS_TOKEN}. Never logged nor shown.
           */
          headers?: {
            /** @visibility secret */
            [name: string]: string;
          };
        };
      };
    };
  };
}
