import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Hand-written, like 20261130_110000_cascade_link_deletes: drizzle-kit (0.31) added, in 20261130_144854_release_features,
 * `responses.community_id`, `responses.event_id` and `newsletters_rels.events_id` with
 * `ALTER TABLE … ADD col REFERENCES t(id)` and no ON DELETE action, where Payload's schema
 * declares SET NULL and CASCADE. Both tables are rebuilt from Payload's own schema. Other tables
 * refer to `responses` (its answers), so foreign keys are off while it is swapped: the SQLite
 * adapter runs migrations outside a transaction, where that pragma takes effect.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_responses\` (
  \`id\` integer PRIMARY KEY NOT NULL,
  \`consultation_id\` integer NOT NULL,
  \`reference\` text,
  \`channel\` text DEFAULT 'online' NOT NULL,
  \`moderation\` text DEFAULT 'pending' NOT NULL,
  \`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  \`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  \`community_id\` integer,
  \`event_id\` integer,
  FOREIGN KEY (\`consultation_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  FOREIGN KEY (\`community_id\`) REFERENCES \`communities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
);`)
  await db.run(
    sql`INSERT INTO \`__new_responses\` (\`id\`, \`consultation_id\`, \`reference\`, \`channel\`, \`moderation\`, \`updated_at\`, \`created_at\`, \`community_id\`, \`event_id\`) SELECT \`id\`, \`consultation_id\`, \`reference\`, \`channel\`, \`moderation\`, \`updated_at\`, \`created_at\`, \`community_id\`, \`event_id\` FROM \`responses\`;`,
  )
  await db.run(sql`DROP TABLE \`responses\`;`)
  await db.run(sql`ALTER TABLE \`__new_responses\` RENAME TO \`responses\`;`)
  await db.run(sql`CREATE INDEX \`responses_consultation_idx\` ON \`responses\` (\`consultation_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`responses_reference_idx\` ON \`responses\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`responses_moderation_idx\` ON \`responses\` (\`moderation\`);`)
  await db.run(sql`CREATE INDEX \`responses_updated_at_idx\` ON \`responses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`responses_created_at_idx\` ON \`responses\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`responses_community_idx\` ON \`responses\` (\`community_id\`);`)
  await db.run(sql`CREATE INDEX \`responses_event_idx\` ON \`responses\` (\`event_id\`);`)

  await db.run(sql`CREATE TABLE \`__new_newsletters_rels\` (
  \`id\` integer PRIMARY KEY NOT NULL,
  \`order\` integer,
  \`parent_id\` integer NOT NULL,
  \`path\` text NOT NULL,
  \`consultations_id\` integer,
  \`influence_logs_id\` integer,
  \`plans_id\` integer,
  \`communities_id\` integer,
  \`events_id\` integer,
  FOREIGN KEY (\`parent_id\`) REFERENCES \`newsletters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`consultations_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`influence_logs_id\`) REFERENCES \`influence_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`plans_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`communities_id\`) REFERENCES \`communities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
);`)
  await db.run(
    sql`INSERT INTO \`__new_newsletters_rels\` (\`id\`, \`order\`, \`parent_id\`, \`path\`, \`consultations_id\`, \`influence_logs_id\`, \`plans_id\`, \`communities_id\`, \`events_id\`) SELECT \`id\`, \`order\`, \`parent_id\`, \`path\`, \`consultations_id\`, \`influence_logs_id\`, \`plans_id\`, \`communities_id\`, \`events_id\` FROM \`newsletters_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`newsletters_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_newsletters_rels\` RENAME TO \`newsletters_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_order_idx\` ON \`newsletters_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_parent_idx\` ON \`newsletters_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_path_idx\` ON \`newsletters_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_consultations_id_idx\` ON \`newsletters_rels\` (\`consultations_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_influence_logs_id_idx\` ON \`newsletters_rels\` (\`influence_logs_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_plans_id_idx\` ON \`newsletters_rels\` (\`plans_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_communities_id_idx\` ON \`newsletters_rels\` (\`communities_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_events_id_idx\` ON \`newsletters_rels\` (\`events_id\`);`)
}

// Going down leaves the corrected constraints: they only allow what Payload already does.
export async function down(_args: MigrateDownArgs): Promise<void> {}
