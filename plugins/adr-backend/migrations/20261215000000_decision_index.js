/**
 * The decision index: every decision read from the entities' decision
 * folders, the terms the list filters on, and what each folder's last read
 * gave.
 *
 * Arrays (decision-makers, tags, links...) are kept as JSON text, read back
 * whole; the ones filtered on are also in `adr_decision_terms`, one
 * lower-cased row per value, so the same exact, case-insensitive match works
 * on SQLite and PostgreSQL. Dates are `YYYY-MM-DD` and instants ISO-8601 UTC
 * strings, which sort and compare as text on both.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('adr_decisions', table => {
    table.comment('One row per decision record, replaced per entity');
    table.string('id', 1024).primary().comment('<entity ref>/<file name>');
    table.string('entity_ref', 512).notNullable().comment('Lower-cased');
    table.string('file_name', 512).notNullable();
    table.text('location').notNullable();
    table.string('format', 64).notNullable();
    table.text('title').notNullable();
    table.integer('decision_number').nullable();
    table.string('status', 16).notNullable();
    table.text('status_text').nullable();
    table.string('decision_date', 10).nullable();
    table.string('review_by', 10).nullable();
    table.text('summary').nullable();
    table.string('system_ref', 512).nullable().comment('Lower-cased');
    table.string('owner_ref', 512).nullable().comment('Lower-cased');
    table.boolean('local_draft').notNullable().defaultTo(false);
    table.text('decision_makers').notNullable().comment('JSON array');
    table.text('consulted').notNullable().comment('JSON array');
    table.text('informed').notNullable().comment('JSON array');
    table.text('tags').notNullable().comment('JSON array');
    table.text('links').notNullable().comment('JSON array of DecisionLink');
    table.text('body').notNullable().comment('Markdown without front matter');
    table.text('plain_text').notNullable().comment('The record as plain text');
    table
      .text('search_text')
      .notNullable()
      .comment('Title and plain text, lower-cased, for q');

    table.index(['entity_ref'], 'adr_decisions_entity_idx');
    table.index(['status'], 'adr_decisions_status_idx');
    table.index(['decision_date'], 'adr_decisions_date_idx');
  });

  await knex.schema.createTable('adr_decision_terms', table => {
    table.comment(
      'Values filtered on exactly, lower-cased: decision-makers and tags',
    );
    table.string('decision_id', 1024).notNullable();
    table.string('entity_ref', 512).notNullable();
    table.string('kind', 32).notNullable().comment('decision-maker or tag');
    table.string('value_lower', 512).notNullable();
    table.string('value', 512).notNullable().comment('As first written');

    table.primary(['decision_id', 'kind', 'value_lower']);
    table.index(['kind', 'value_lower'], 'adr_decision_terms_value_idx');
    table.index(['entity_ref'], 'adr_decision_terms_entity_idx');
  });

  await knex.schema.createTable('adr_sources', table => {
    table.comment(
      'The decision folder of each annotated entity and its last read',
    );
    table.string('entity_ref', 512).primary().comment('Lower-cased');
    table
      .text('folder')
      .nullable()
      .comment('JSON DecisionFolder; null when the annotation did not resolve');
    table.text('location').notNullable().comment('The folder as shown');
    table.string('read_at', 24).notNullable();
    table
      .boolean('readable')
      .notNullable()
      .comment('False when the whole folder could not be read');
    table.integer('decision_count').notNullable();
    table
      .text('problems')
      .notNullable()
      .comment('JSON array of DecisionProblem');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('adr_sources');
  await knex.schema.dropTable('adr_decision_terms');
  await knex.schema.dropTable('adr_decisions');
};
