/**
 * One row per objective and UTC day: the error budget as it stood when the
 * daily snapshot was taken. The SLO views fall back on the newest row when
 * the metric source is down, and draw the budget's history from the rest.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('slo_budget_snapshots', table => {
    table.comment('Daily error budget snapshots, one per objective and day');
    table
      .string('objective_key', 512)
      .notNullable()
      .comment('<entityRef>#<slo name>#<objective index>');
    table.string('entity_ref', 512).notNullable();
    table.string('slo_name', 255).notNullable();
    table.integer('objective_index').notNullable();
    table
      .string('day', 10)
      .notNullable()
      .comment('UTC day the snapshot belongs to, YYYY-MM-DD');
    table.timestamp('taken_at', { useTz: true }).notNullable();
    table.double('sli').nullable();
    table.double('consumed_fraction').nullable();
    table.double('remaining_fraction').nullable();
    table.double('remaining_seconds').nullable();
    table
      .string('state', 16)
      .nullable()
      .comment('Budget policy state: normal, careful, freeze or emergency');
    table.double('target').notNullable();
    table.string('window_duration', 16).notNullable();

    // The key also serves lookups of one objective's history, newest day last.
    table.primary(['objective_key', 'day']);
    table.index(['entity_ref'], 'slo_budget_snapshots_entity_ref_idx');
    table.index(['day'], 'slo_budget_snapshots_day_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('slo_budget_snapshots');
};
