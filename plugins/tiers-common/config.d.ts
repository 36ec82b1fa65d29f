export interface Config {
  localplus?: {
    /**
     * The organisation's tier model: which tiers exist, what each may hold,
     * who owns and approves it. The catalog module enforces it and the portal
     * shows it. Validated at startup by `tierModelSchema` (src/tierModel.ts),
     * which holds the defaults and the rules; this declaration only tells
     * Backstage the keys and that the browser may read them.
     * @deepVisibility frontend
     */
    tiers?: {
      /** Annotation in which an entity declares its tier; `localplus.io/tier` by default. */
      annotation?: string;
      /** Entities the name, owner and annotation rules apply to. */
      appliesTo?: {
        /** `[Component]` by default. */
        kinds?: string[];
        /** Regular expression matched against `spec.system`. */
        systemPattern?: string;
      };
      /** The tiers, strictest first: of two tiers, the one listed first is the stricter. */
      levels: Array<{
        id: string;
        name: string;
        description: string;
        /** Regular expression the entity name must match. */
        namePattern: string;
        /** Who may own entities of this tier (entity refs; a plain name is a group). */
        owners: string[];
        approvers: string;
        changeProcess: string;
        /** Annotations every entity of this tier must carry. */
        requiredAnnotations?: string[];
      }>;
    };
  };
}
