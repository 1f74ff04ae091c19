import * as migration_20261130_033853_initial from './20261130_033853_initial';
import * as migration_20261130_040048_site_rebuild_jobs from './20261130_040048_site_rebuild_jobs';

export const migrations = [
  {
    up: migration_20261130_033853_initial.up,
    down: migration_20261130_033853_initial.down,
    name: '20261130_033853_initial',
  },
  {
    up: migration_20261130_040048_site_rebuild_jobs.up,
    down: migration_20261130_040048_site_rebuild_jobs.down,
    name: '20261130_040048_site_rebuild_jobs'
  },
];
