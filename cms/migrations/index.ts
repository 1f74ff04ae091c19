import * as migration_20261130_025151_initial from './20261130_025151_initial';

export const migrations = [
  {
    up: migration_20261130_025151_initial.up,
    down: migration_20261130_025151_initial.down,
    name: '20261130_025151_initial'
  },
];
