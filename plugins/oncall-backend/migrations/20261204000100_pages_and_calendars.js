/**
 * Pages recorded from Alertmanager, and the calendar feed links.
 *
 * Instants are stored as ISO-8601 UTC strings of one fixed shape
 * (`2026-12-07T09:00:00.000Z`): they compare exactly (the idempotency key of
 * a page includes one) and sort in time order as text, the same way on
 * SQLite and PostgreSQL.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('oncall_pages', table => {
    table.comment('Pages from the Alertmanager webhook, one per alert firing');
    table.string('id', 36).primary();
    table.string('fingerprint', 64).notNullable();
    table
      .string('fired_at', 24)
      .notNullable()
      .comment("The alert's startsAt; with the fingerprint, one firing");
    table.string('alert_name', 255).notNullable();
    table.text('summary').notNullable();
    table.string('entity_ref', 512).nullable();
    table.string('severity', 2).notNullable();
    table.string('rotation', 255).nullable();
    table.string('primary_user', 512).nullable();
    table.string('secondary_user', 512).nullable();
    table.string('resolved_at', 24).nullable();
    table.string('acknowledged_at', 24).nullable();
    table.string('acknowledged_by', 512).nullable();
    table.integer('acknowledge_target_minutes').nullable();
    table
      .integer('escalation_step')
      .notNullable()
      .defaultTo(-1)
      .comment('Index of the last escalation step notified, -1 for none');
    table
      .text('notified')
      .notNullable()
      .comment('JSON: [{ step, people, at }] in the order notified');
    table.text('labels').notNullable().comment('JSON: the alert labels');
    table.text('generator_url').nullable();
    table.text('runbook_url').nullable();

    // Alertmanager re-sends each firing alert: this key makes recording idempotent.
    table.unique(['fingerprint', 'fired_at'], {
      indexName: 'oncall_pages_firing_uniq',
    });
    table.index(['fired_at'], 'oncall_pages_fired_at_idx');
    table.index(['entity_ref'], 'oncall_pages_entity_ref_idx');
    table.index(['rotation'], 'oncall_pages_rotation_idx');
  });

  await knex.schema.createTable('oncall_calendar_links', table => {
    table.comment('Signed calendar feed links; the signature is never stored');
    table.string('id', 36).primary();
    table.string('scope', 16).notNullable().comment('person or rotation');
    table
      .string('target', 512)
      .notNullable()
      .comment("The person's user ref or the rotation's name");
    table.string('created_by', 512).notNullable();
    table.string('created_at', 24).notNullable();
    table.string('revoked_at', 24).nullable();
    table.index(['created_by'], 'oncall_calendar_links_created_by_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('oncall_calendar_links');
  await knex.schema.dropTable('oncall_pages');
};
