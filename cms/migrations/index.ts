import * as migration_20261130_033853_initial from './20261130_033853_initial';

export const migrations = [
  {
    up: migration_20261130_033853_initial.up,
    down: migration_20261130_033853_initial.down,
    name: '20261130_033853_initial'
  },
];
