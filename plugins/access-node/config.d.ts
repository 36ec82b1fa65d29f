export interface Config {
  localplus?: {
    /**
     * The access model (@localplus/plugin-access-node). Required: the
     * backend refuses to start without roles and rules.
     */
    access?: {
      /**
       * Every role of the access model (admin, platform-engineer, developer,
       * tech-lead, security, auditor, on-call-responder), each mapped to
       * catalog groups. Members of sub-groups hold the role too.
       */
      roles: {
        [roleId: string]: {
          title: string;
          description: string;
          /** Group refs (`group:default/platform-team`) or bare group names. */
          groups: string[];
        };
      };
      /**
       * Ordered rules. A permission is allowed when any matching rule for one
       * of the person's roles allows it (the first such rule is reported),
       * else granted on owned resources when an `owner` rule matches, else
       * denied by `default-deny`.
       */
      rules: Array<{
        /** Lowercase letters, digits and dashes; unique. */
        id: string;
        description: string;
        /** Role ids, or '*' for any signed-in person. */
        roles: string[] | '*';
        /** Every field given must match; within a field, any entry. */
        permissions: {
          /** Permission names; a trailing * matches a prefix ('catalog.*', '*'). */
          names?: string[];
          /** Names taken out again, same syntax. */
          excludeNames?: string[];
          /** e.g. catalog-entity, scaffolder-task. */
          resourceTypes?: string[];
          /** create, read, update, delete, or use (permissions without an action). */
          actions?: Array<'create' | 'read' | 'update' | 'delete' | 'use'>;
        };
        /**
         * allow: granted outright. owner: granted on catalog entities owned by
         * the person or their groups, and scaffolder tasks they started.
         */
        decision: 'allow' | 'owner';
      }>;
    };
  };
}
