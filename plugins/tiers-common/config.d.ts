export interface Config {
  localplus?: {
    /**
     * The organisation's tier model: which tiers exist, what each may hold,
     * who owns and approves it. The catalog processor enforces it and the
     * portal shows it; each organisation defines its own.
     */
    tiers?: {
      /**
       * Annotation in which an entity declares its tier, e.g. `localplus.io/tier: T3`.
       * @visibility frontend
       */
      annotation?: string;
      /**
       * Entities the name, owner and annotation rules apply to. A declared
       * tier must be known everywhere.
       * @visibility frontend
       */
      appliesTo?: {
        /** @visibility frontend */
        kinds?: string[];
        /** Regular expression matched against `spec.system`. @visibility frontend */
        systemPattern?: string;
      };
      /** @visibility frontend */
      levels: Array<{
        /** @visibility frontend */
        id: string;
        /** @visibility frontend */
        name: string;
        /** @visibility frontend */
        description: string;
        /** Regular expression the entity name must match. @visibility frontend */
        namePattern: string;
        /** Groups allowed to own entities of this tier (entity refs or names). @visibility frontend */
        owners: string[];
        /** @visibility frontend */
        approvers: string;
        /** @visibility frontend */
        changeProcess: string;
        /** Annotations every entity of this tier must carry. @visibility frontend */
        requiredAnnotations?: string[];
      }>;
    };
  };
}
