/**
 * The compliance backend's tables: evaluation runs and the on-demand
 * requests waiting for one, the evidence ledger (a hash chain, appended to
 * and never updated) with its head, the observation index pointing into the
 * ledger, the evaluations of each run and the exemptions.
 *
 * Instants are ISO-8601 UTC strings of one fixed shape
 * (`2026-12-05T09:00:00.000Z`): they sort and compare as text the same way
 * on SQLite and PostgreSQL. JSON columns are text, read back whole.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('compliance_runs', table => {
    table.comment('One row per evaluation run');
    table.string('id', 36).primary();
    table.string('trigger', 16).notNullable().comment('schedule or on-demand');
    table.string('requested_by', 512).nullable();
    table.string('started_at', 24).notNullable();
    table.string('finished_at', 24).nullable();
    table
      .string('status', 16)
      .notNullable()
      .comment('running, succeeded, failed');
    table.integer('observation_count').notNullable().defaultTo(0);
    table
      .text('collector_errors')
      .notNullable()
      .comment('JSON array of { collector, message }');

    table.index(['started_at'], 'compliance_runs_started_idx');
    table.index(['status', 'finished_at'], 'compliance_runs_finished_idx');
  });

  await knex.schema.createTable('compliance_run_requests', table => {
    table.comment(
      'On-demand runs asked for and not yet started: the scheduled task reads who asked here',
    );
    table.string('run_id', 36).primary().comment('The id the run will have');
    table.string('requested_by', 512).notNullable();
    table.string('requested_at', 24).notNullable();
    table
      .string('claimed_at', 24)
      .nullable()
      .comment('Set once, by the replica that starts the run');

    table.index(['claimed_at', 'requested_at'], 'compliance_run_requests_idx');
  });

  await knex.schema.createTable('compliance_ledger', table => {
    table.comment(
      'The evidence ledger: a SHA-256 hash chain, appended to and never updated',
    );
    table.bigInteger('sequence').primary().comment('1, 2, 3... with no gap');
    table
      .string('recorded_at', 24)
      .notNullable()
      .comment('Never earlier than the record before');
    table
      .string('kind', 16)
      .notNullable()
      .comment('observation, exemption, run');
    table.text('payload').notNullable().comment('Canonical JSON (RFC 8785)');
    table.string('previous_hash', 64).notNullable();
    table.string('hash', 64).notNullable();

    table.index(['recorded_at'], 'compliance_ledger_recorded_idx');
  });

  await knex.schema.createTable('compliance_ledger_head', table => {
    table.comment(
      'One row: the last record appended. Appends lock it, so replicas never fork the chain; verification compares it with the last row, so a deleted tail is seen',
    );
    table.integer('id').primary();
    table.bigInteger('sequence').notNullable();
    table.string('hash', 64).notNullable();
    table.string('recorded_at', 24).nullable();
  });
  await knex('compliance_ledger_head').insert({
    id: 1,
    sequence: 0,
    hash: '0'.repeat(64),
    recorded_at: null,
  });

  await knex.schema.createTable('compliance_observations', table => {
    table.comment(
      'Index of the observations in the ledger; the observation itself is the ledger payload',
    );
    table
      .bigInteger('sequence')
      .primary()
      .comment('compliance_ledger.sequence');
    table.string('run_id', 36).notNullable();
    table.string('check_id', 127).notNullable();
    table.string('collector', 63).notNullable();
    table.string('subject', 512).notNullable();
    table.string('entity_ref', 512).nullable().comment('Lower-cased');
    table.string('result', 16).notNullable();
    table.string('observed_at', 24).notNullable();

    table.index(['run_id'], 'compliance_observations_run_idx');
    table.index(['observed_at'], 'compliance_observations_observed_idx');
    table.index(
      ['check_id', 'observed_at'],
      'compliance_observations_check_idx',
    );
    table.index(
      ['subject', 'observed_at'],
      'compliance_observations_subject_idx',
    );
    table.index(
      ['entity_ref', 'observed_at'],
      'compliance_observations_entity_idx',
    );
  });

  await knex.schema.createTable('compliance_evaluations', table => {
    table.comment('What each run concluded per control and subject');
    table.string('run_id', 36).notNullable();
    table.string('control_id', 63).notNullable();
    table.string('subject', 512).notNullable();
    table.string('entity_ref', 512).nullable().comment('Lower-cased');
    table.string('status', 16).notNullable();
    table.text('reason').notNullable();
    table
      .text('observations')
      .notNullable()
      .comment('JSON array of ledger sequences');
    table.string('exemption_id', 36).nullable();
    table.string('evaluated_at', 24).notNullable();

    table.primary(['run_id', 'control_id', 'subject']);
    table.index(
      ['control_id', 'evaluated_at'],
      'compliance_evaluations_control_idx',
    );
    table.index(
      ['entity_ref', 'evaluated_at'],
      'compliance_evaluations_entity_idx',
    );
    table.index(['evaluated_at'], 'compliance_evaluations_evaluated_idx');
  });

  await knex.schema.createTable('compliance_exemptions', table => {
    table.comment('Exemptions of one control for one subject');
    table.string('id', 36).primary();
    table.string('control_id', 63).notNullable();
    table.string('subject', 512).notNullable();
    table.string('entity_ref', 512).nullable().comment('Lower-cased');
    table.text('justification').notNullable();
    table.string('requested_by', 512).notNullable();
    table.string('requested_at', 24).notNullable();
    table
      .string('status', 16)
      .notNullable()
      .comment('requested, approved, rejected');
    table.string('decided_by', 512).nullable();
    table.string('decided_at', 24).nullable();
    table.text('decision_comment').nullable();
    table.string('expires_at', 24).notNullable();

    table.index(['control_id', 'subject'], 'compliance_exemptions_control_idx');
    table.index(['entity_ref'], 'compliance_exemptions_entity_idx');
    table.index(['status', 'expires_at'], 'compliance_exemptions_status_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('compliance_exemptions');
  await knex.schema.dropTable('compliance_evaluations');
  await knex.schema.dropTable('compliance_observations');
  await knex.schema.dropTable('compliance_ledger_head');
  await knex.schema.dropTable('compliance_ledger');
  await knex.schema.dropTable('compliance_run_requests');
  await knex.schema.dropTable('compliance_runs');
};
