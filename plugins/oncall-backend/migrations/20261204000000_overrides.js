/**
 * The portal's schedule overrides and the record of every change to them.
 *
 * Ids are UUIDs kept as text, and instants ISO-8601 UTC strings of one fixed
 * shape (`2026-12-07T09:00:00.000Z`), so they sort in time order as text and
 * compare the same way on SQLite and PostgreSQL.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('oncall_overrides', table => {
    table.comment(
      'Replacements of a role holder over a span, made in the portal',
    );
    table.string('id', 36).primary();
    table.string('rotation', 255).notNullable();
    table.string('role', 16).notNullable().comment('primary or secondary');
    table.string('start_at', 24).notNullable();
    table.string('end_at', 24).notNullable().comment('Exclusive');
    table.string('user_ref', 512).notNullable().comment('Who takes the slot');
    table
      .string('replaces', 512)
      .nullable()
      .comment('Who the rotation had there when the override was made');
    table.text('reason').notNullable();
    table
      .string('swap_id', 36)
      .nullable()
      .comment('Shared by the two overrides of a swap');
    table.string('created_by', 512).notNullable();
    table.string('created_at', 24).notNullable();
    table.string('cancelled_at', 24).nullable();
    table.string('cancelled_by', 512).nullable();
    table.text('cancel_reason').nullable();

    table.index(['rotation', 'role', 'end_at'], 'oncall_overrides_span_idx');
    table.index(['swap_id'], 'oncall_overrides_swap_idx');
  });

  await knex.schema.createTable('oncall_override_changes', table => {
    table.comment('Every creation and cancellation of an override');
    table.string('id', 36).primary();
    table.string('override_id', 36).notNullable();
    table.string('rotation', 255).notNullable();
    table.string('action', 16).notNullable().comment('created or cancelled');
    table.string('actor', 512).notNullable();
    table.text('reason').notNullable();
    table.string('at', 24).notNullable();
    table
      .text('snapshot')
      .notNullable()
      .comment('JSON: the override as it was after the change');

    table.index(['rotation', 'at'], 'oncall_override_changes_rotation_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('oncall_override_changes');
  await knex.schema.dropTable('oncall_overrides');
};
