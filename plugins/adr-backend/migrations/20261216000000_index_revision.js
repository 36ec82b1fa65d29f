/**
 * The index's revision: one row whose number goes up in every transaction
 * that changes the decisions, so each replica can tell whether the counts
 * it keeps for the list (its total and facets) still hold.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('adr_index_revision', table => {
    table.comment('One row: raised by every change of the decisions');
    table.integer('id').primary();
    table.bigInteger('revision').notNullable().defaultTo(0);
  });
  await knex('adr_index_revision').insert({ id: 1, revision: 0 });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('adr_index_revision');
};
