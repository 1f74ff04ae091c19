import * as migration_20261130_033853_initial from './20261130_033853_initial';
import * as migration_20261130_040048_site_rebuild_jobs from './20261130_040048_site_rebuild_jobs';
import * as migration_20261130_042554_hourly_site_rebuild from './20261130_042554_hourly_site_rebuild';
import * as migration_20261130_052903_outbox from './20261130_052903_outbox';
import * as migration_20261130_053817_newsletters from './20261130_053817_newsletters';

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
    up: migration_20261130_053817_newsletters.up,
    down: migration_20261130_053817_newsletters.down,
    name: '20261130_053817_newsletters'
  },
];
