import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Rebuilds the four link tables whose later columns lost their ON DELETE CASCADE. drizzle-kit
 * (0.31) writes `ALTER TABLE … ADD col REFERENCES t(id)` without the action Payload's schema
 * declares, so a link from a consultation's "What followed", a newsletter or an edit lock (even
 * one kept only in an old version) blocked deleting what it pointed to with a foreign key error.
 * SQLite cannot change a constraint in place: each table is copied into one made from Payload's
 * own schema. Dropping these tables is safe with foreign keys on, as nothing refers to them.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`__new_consultations_rels\` (
  \`id\` integer PRIMARY KEY NOT NULL,
  \`order\` integer,
  \`parent_id\` integer NOT NULL,
  \`path\` text NOT NULL,
  \`communities_id\` integer,
  \`plans_id\` integer,
  \`influence_logs_id\` integer,
  FOREIGN KEY (\`parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`communities_id\`) REFERENCES \`communities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`plans_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`influence_logs_id\`) REFERENCES \`influence_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade
);`)
  await db.run(sql`INSERT INTO \`__new_consultations_rels\` (\`id\`, \`order\`, \`parent_id\`, \`path\`, \`communities_id\`, \`plans_id\`, \`influence_logs_id\`) SELECT \`id\`, \`order\`, \`parent_id\`, \`path\`, \`communities_id\`, \`plans_id\`, \`influence_logs_id\` FROM \`consultations_rels\`;`)
  await db.run(sql`DROP TABLE \`consultations_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_consultations_rels\` RENAME TO \`consultations_rels\`;`)
  await db.run(sql`CREATE INDEX \`consultations_rels_order_idx\` ON \`consultations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_parent_idx\` ON \`consultations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_path_idx\` ON \`consultations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_communities_id_idx\` ON \`consultations_rels\` (\`communities_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_plans_id_idx\` ON \`consultations_rels\` (\`plans_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_influence_logs_id_idx\` ON \`consultations_rels\` (\`influence_logs_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__consultations_v_rels\` (
  \`id\` integer PRIMARY KEY NOT NULL,
  \`order\` integer,
  \`parent_id\` integer NOT NULL,
  \`path\` text NOT NULL,
  \`communities_id\` integer,
  \`plans_id\` integer,
  \`influence_logs_id\` integer,
  FOREIGN KEY (\`parent_id\`) REFERENCES \`_consultations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`communities_id\`) REFERENCES \`communities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`plans_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`influence_logs_id\`) REFERENCES \`influence_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade
);`)
  await db.run(sql`INSERT INTO \`__new__consultations_v_rels\` (\`id\`, \`order\`, \`parent_id\`, \`path\`, \`communities_id\`, \`plans_id\`, \`influence_logs_id\`) SELECT \`id\`, \`order\`, \`parent_id\`, \`path\`, \`communities_id\`, \`plans_id\`, \`influence_logs_id\` FROM \`_consultations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__consultations_v_rels\` RENAME TO \`_consultations_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_order_idx\` ON \`_consultations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_parent_idx\` ON \`_consultations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_path_idx\` ON \`_consultations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_communities_id_idx\` ON \`_consultations_v_rels\` (\`communities_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_plans_id_idx\` ON \`_consultations_v_rels\` (\`plans_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_influence_logs_id_idx\` ON \`_consultations_v_rels\` (\`influence_logs_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_newsletters_rels\` (
  \`id\` integer PRIMARY KEY NOT NULL,
  \`order\` integer,
  \`parent_id\` integer NOT NULL,
  \`path\` text NOT NULL,
  \`consultations_id\` integer,
  \`influence_logs_id\` integer,
  \`plans_id\` integer,
  \`communities_id\` integer,
  FOREIGN KEY (\`parent_id\`) REFERENCES \`newsletters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`consultations_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`influence_logs_id\`) REFERENCES \`influence_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`plans_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`communities_id\`) REFERENCES \`communities\`(\`id\`) ON UPDATE no action ON DELETE cascade
);`)
  await db.run(sql`INSERT INTO \`__new_newsletters_rels\` (\`id\`, \`order\`, \`parent_id\`, \`path\`, \`consultations_id\`, \`influence_logs_id\`, \`plans_id\`, \`communities_id\`) SELECT \`id\`, \`order\`, \`parent_id\`, \`path\`, \`consultations_id\`, \`influence_logs_id\`, \`plans_id\`, \`communities_id\` FROM \`newsletters_rels\`;`)
  await db.run(sql`DROP TABLE \`newsletters_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_newsletters_rels\` RENAME TO \`newsletters_rels\`;`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_order_idx\` ON \`newsletters_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_parent_idx\` ON \`newsletters_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_path_idx\` ON \`newsletters_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_consultations_id_idx\` ON \`newsletters_rels\` (\`consultations_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_influence_logs_id_idx\` ON \`newsletters_rels\` (\`influence_logs_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_plans_id_idx\` ON \`newsletters_rels\` (\`plans_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_communities_id_idx\` ON \`newsletters_rels\` (\`communities_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  \`id\` integer PRIMARY KEY NOT NULL,
  \`order\` integer,
  \`parent_id\` integer NOT NULL,
  \`path\` text NOT NULL,
  \`communities_id\` integer,
  \`clusters_id\` integer,
  \`plans_id\` integer,
  \`consultations_id\` integer,
  \`responses_id\` integer,
  \`equality_answers_id\` integer,
  \`influence_logs_id\` integer,
  \`achievement_reports_id\` integer,
  \`partners_id\` integer,
  \`partner_strategies_id\` integer,
  \`guidance_id\` integer,
  \`subscribers_id\` integer,
  \`newsletters_id\` integer,
  \`newsletter_deliveries_id\` integer,
  \`outbox_id\` integer,
  \`media_id\` integer,
  \`users_id\` integer,
  FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`communities_id\`) REFERENCES \`communities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`clusters_id\`) REFERENCES \`clusters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`plans_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`consultations_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`responses_id\`) REFERENCES \`responses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`equality_answers_id\`) REFERENCES \`equality_answers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`influence_logs_id\`) REFERENCES \`influence_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`achievement_reports_id\`) REFERENCES \`achievement_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`partner_strategies_id\`) REFERENCES \`partner_strategies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`guidance_id\`) REFERENCES \`guidance\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`subscribers_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`newsletters_id\`) REFERENCES \`newsletters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`newsletter_deliveries_id\`) REFERENCES \`newsletter_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`outbox_id\`) REFERENCES \`outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
);`)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\` (\`id\`, \`order\`, \`parent_id\`, \`path\`, \`communities_id\`, \`clusters_id\`, \`plans_id\`, \`consultations_id\`, \`responses_id\`, \`equality_answers_id\`, \`influence_logs_id\`, \`achievement_reports_id\`, \`partners_id\`, \`partner_strategies_id\`, \`guidance_id\`, \`subscribers_id\`, \`newsletters_id\`, \`newsletter_deliveries_id\`, \`outbox_id\`, \`media_id\`, \`users_id\`) SELECT \`id\`, \`order\`, \`parent_id\`, \`path\`, \`communities_id\`, \`clusters_id\`, \`plans_id\`, \`consultations_id\`, \`responses_id\`, \`equality_answers_id\`, \`influence_logs_id\`, \`achievement_reports_id\`, \`partners_id\`, \`partner_strategies_id\`, \`guidance_id\`, \`subscribers_id\`, \`newsletters_id\`, \`newsletter_deliveries_id\`, \`outbox_id\`, \`media_id\`, \`users_id\` FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_communities_id_idx\` ON \`payload_locked_documents_rels\` (\`communities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_clusters_id_idx\` ON \`payload_locked_documents_rels\` (\`clusters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plans_id_idx\` ON \`payload_locked_documents_rels\` (\`plans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultations_id_idx\` ON \`payload_locked_documents_rels\` (\`consultations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_responses_id_idx\` ON \`payload_locked_documents_rels\` (\`responses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_equality_answers_id_idx\` ON \`payload_locked_documents_rels\` (\`equality_answers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_influence_logs_id_idx\` ON \`payload_locked_documents_rels\` (\`influence_logs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_achievement_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`achievement_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partner_strategies_id_idx\` ON \`payload_locked_documents_rels\` (\`partner_strategies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guidance_id_idx\` ON \`payload_locked_documents_rels\` (\`guidance_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletters_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}

/** The tables stay as Payload declares them: putting back a foreign key that blocks deletes would only restore the bug. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
