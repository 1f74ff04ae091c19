import * as migration_20261130_033853_initial from './20261130_033853_initial';
import * as migration_20261130_040048_site_rebuild_jobs from './20261130_040048_site_rebuild_jobs';
import * as migration_20261130_042554_hourly_site_rebuild from './20261130_042554_hourly_site_rebuild';
import * as migration_20261130_052903_outbox from './20261130_052903_outbox';
import * as migration_20261130_053255_consultation_results from './20261130_053255_consultation_results';
import * as migration_20261130_055341_achievement_reports_and_partner_confirmation from './20261130_055341_achievement_reports_and_partner_confirmation';
import * as migration_20261130_065407_newsletters from './20261130_065407_newsletters';
import * as migration_20261130_105709_remove_account_lockout from './20261130_105709_remove_account_lockout';
import * as migration_20261130_110000_cascade_link_deletes from './20261130_110000_cascade_link_deletes';
import * as migration_20261130_110630_site_build from './20261130_110630_site_build';
import * as migration_20261130_144854_release_features from './20261130_144854_release_features';
import * as migration_20261130_170325_perf_admin_list_indexes from './20261130_170325_perf_admin_list_indexes';
import * as migration_20261130_170400_influence_log_drafts_by_date from './20261130_170400_influence_log_drafts_by_date';

export const migrations = [
  {
    up: migration_20261130_033853_initial.up,
    down: migration_20261130_033853_initial.down,
    name: '20261130_033853_initial',
  },
  {
    up: migration_20261130_040048_site_rebuild_jobs.up,
    down: migration_20261130_040048_site_rebuild_jobs.down,
    name: '20261130_040048_site_rebuild_jobs',
  },
  {
    up: migration_20261130_042554_hourly_site_rebuild.up,
    down: migration_20261130_042554_hourly_site_rebuild.down,
    name: '20261130_042554_hourly_site_rebuild',
  },
  {
    up: migration_20261130_052903_outbox.up,
    down: migration_20261130_052903_outbox.down,
    name: '20261130_052903_outbox',
  },
  {
    up: migration_20261130_053255_consultation_results.up,
    down: migration_20261130_053255_consultation_results.down,
    name: '20261130_053255_consultation_results',
  },
  {
    up: migration_20261130_055341_achievement_reports_and_partner_confirmation.up,
    down: migration_20261130_055341_achievement_reports_and_partner_confirmation.down,
    name: '20261130_055341_achievement_reports_and_partner_confirmation',
  },
  {
    up: migration_20261130_065407_newsletters.up,
    down: migration_20261130_065407_newsletters.down,
    name: '20261130_065407_newsletters',
  },
  {
    up: migration_20261130_105709_remove_account_lockout.up,
    down: migration_20261130_105709_remove_account_lockout.down,
    name: '20261130_105709_remove_account_lockout',
  },
  {
    up: migration_20261130_110000_cascade_link_deletes.up,
    down: migration_20261130_110000_cascade_link_deletes.down,
    name: '20261130_110000_cascade_link_deletes',
  },
  {
    up: migration_20261130_110630_site_build.up,
    down: migration_20261130_110630_site_build.down,
    name: '20261130_110630_site_build',
  },
  {
    up: migration_20261130_144854_release_features.up,
    down: migration_20261130_144854_release_features.down,
    name: '20261130_144854_release_features',
  },
  {
    up: migration_20261130_170325_perf_admin_list_indexes.up,
    down: migration_20261130_170325_perf_admin_list_indexes.down,
    name: '20261130_170325_perf_admin_list_indexes'
  },
  {
    up: migration_20261130_170400_influence_log_drafts_by_date.up,
    down: migration_20261130_170400_influence_log_drafts_by_date.down,
    name: '20261130_170400_influence_log_drafts_by_date',
  },
];
