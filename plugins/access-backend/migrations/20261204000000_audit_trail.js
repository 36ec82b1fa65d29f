/**
 * The audit trail: one row per allowed or denied permission decision on a
 * non-read permission, and per mutating Backstage auditor event (entity and
 * location changes, template runs). Rows are only ever inserted, and deleted
 * once older than the retention period.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('access_audit_events', table => {
    table.comment('Audit trail of access decisions and mutating actions');
    table.string('id', 36).primary().notNullable().comment('UUID');
    table
      .timestamp('at', { useTz: true })
      .notNullable()
      .comment('When the decision or action happened');
    table
      .timestamp('recorded_at', { useTz: true })
      .notNullable()
      .comment('When the audit trail stored it');
    table
      .string('actor', 512)
      .notNullable()
      .comment('user:default/alice, or plugin:<id> for service calls');
    table
      .string('action', 255)
      .notNullable()
      .comment('Permission name, or the auditor event id');
    table.string('resource_ref', 512).nullable();
    table
      .string('outcome', 16)
      .notNullable()
      .comment('allowed, conditional, denied, succeeded or failed');
    table.string('rule_id', 255).nullable();
    table.string('source', 16).notNullable().comment('policy or auditor');
    table.string('plugin_id', 64).nullable();
    table.string('detail', 1000).nullable();

    // Pages are read newest first, by (at, id); filters narrow one column.
    table.index(['at', 'id'], 'access_audit_events_at_idx');
    table.index(['actor', 'at'], 'access_audit_events_actor_idx');
    table.index(['outcome', 'at'], 'access_audit_events_outcome_idx');
    table.index(['action', 'at'], 'access_audit_events_action_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('access_audit_events');
};
