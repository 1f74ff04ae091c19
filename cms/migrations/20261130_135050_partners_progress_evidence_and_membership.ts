import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`communities_evidence\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`date\` text NOT NULL,
  	\`source\` text NOT NULL,
  	\`url\` text,
  	\`file_id\` integer,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`communities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`communities_evidence_order_idx\` ON \`communities_evidence\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`communities_evidence_parent_id_idx\` ON \`communities_evidence\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`communities_evidence_file_idx\` ON \`communities_evidence\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`clusters_membership\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`community_id\` integer NOT NULL,
  	\`joined\` text,
  	\`left\` text,
  	FOREIGN KEY (\`community_id\`) REFERENCES \`communities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`clusters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`clusters_membership_order_idx\` ON \`clusters_membership\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`clusters_membership_parent_id_idx\` ON \`clusters_membership\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`clusters_membership_community_idx\` ON \`clusters_membership\` (\`community_id\`);`)
  await db.run(sql`CREATE TABLE \`plans_evidence\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kind\` text,
  	\`date\` text,
  	\`source\` text,
  	\`url\` text,
  	\`file_id\` integer,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`plans_evidence_order_idx\` ON \`plans_evidence\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`plans_evidence_parent_id_idx\` ON \`plans_evidence\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_evidence_file_idx\` ON \`plans_evidence\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`plans_actions_updates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`status\` text,
  	\`progress\` numeric,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`plans_actions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`plans_actions_updates_order_idx\` ON \`plans_actions_updates\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`plans_actions_updates_parent_id_idx\` ON \`plans_actions_updates\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_plans_v_version_evidence\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kind\` text,
  	\`date\` text,
  	\`source\` text,
  	\`url\` text,
  	\`file_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_plans_v_version_evidence_order_idx\` ON \`_plans_v_version_evidence\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_evidence_parent_id_idx\` ON \`_plans_v_version_evidence\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_evidence_file_idx\` ON \`_plans_v_version_evidence\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_plans_v_version_actions_updates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`status\` text,
  	\`progress\` numeric,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_plans_v_version_actions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_plans_v_version_actions_updates_order_idx\` ON \`_plans_v_version_actions_updates\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_actions_updates_parent_id_idx\` ON \`_plans_v_version_actions_updates\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`influence_logs_advanced_actions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`plan_id\` integer,
  	\`action\` text,
  	FOREIGN KEY (\`plan_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`influence_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`influence_logs_advanced_actions_order_idx\` ON \`influence_logs_advanced_actions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`influence_logs_advanced_actions_parent_id_idx\` ON \`influence_logs_advanced_actions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`influence_logs_advanced_actions_plan_idx\` ON \`influence_logs_advanced_actions\` (\`plan_id\`);`)
  await db.run(sql`CREATE TABLE \`_influence_logs_v_version_advanced_actions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`plan_id\` integer,
  	\`action\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`plan_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_influence_logs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_influence_logs_v_version_advanced_actions_order_idx\` ON \`_influence_logs_v_version_advanced_actions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_influence_logs_v_version_advanced_actions_parent_id_idx\` ON \`_influence_logs_v_version_advanced_actions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_influence_logs_v_version_advanced_actions_plan_idx\` ON \`_influence_logs_v_version_advanced_actions\` (\`plan_id\`);`)
  await db.run(sql`ALTER TABLE \`plans\` ADD \`kind\` text DEFAULT 'community-action-plan';`)
  await db.run(sql`ALTER TABLE \`plans\` ADD \`standing\` text DEFAULT 'adopted';`)
  await db.run(sql`ALTER TABLE \`plans\` ADD \`standing_partner_id\` integer REFERENCES partners(id);`)
  await db.run(sql`ALTER TABLE \`plans\` ADD \`last_reviewed\` text;`)
  await db.run(sql`ALTER TABLE \`plans\` ADD \`review_date\` text;`)
  await db.run(sql`ALTER TABLE \`plans\` ADD \`feeds_plan_id\` integer REFERENCES plans(id);`)
  await db.run(sql`CREATE INDEX \`plans_standing_partner_idx\` ON \`plans\` (\`standing_partner_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_feeds_plan_idx\` ON \`plans\` (\`feeds_plan_id\`);`)
  await db.run(sql`ALTER TABLE \`plans_rels\` ADD \`communities_id\` integer REFERENCES communities(id);`)
  await db.run(sql`CREATE INDEX \`plans_rels_communities_id_idx\` ON \`plans_rels\` (\`communities_id\`);`)
  await db.run(sql`ALTER TABLE \`_plans_v\` ADD \`version_kind\` text DEFAULT 'community-action-plan';`)
  await db.run(sql`ALTER TABLE \`_plans_v\` ADD \`version_standing\` text DEFAULT 'adopted';`)
  await db.run(sql`ALTER TABLE \`_plans_v\` ADD \`version_standing_partner_id\` integer REFERENCES partners(id);`)
  await db.run(sql`ALTER TABLE \`_plans_v\` ADD \`version_last_reviewed\` text;`)
  await db.run(sql`ALTER TABLE \`_plans_v\` ADD \`version_review_date\` text;`)
  await db.run(sql`ALTER TABLE \`_plans_v\` ADD \`version_feeds_plan_id\` integer REFERENCES plans(id);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_standing_partner_idx\` ON \`_plans_v\` (\`version_standing_partner_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_feeds_plan_idx\` ON \`_plans_v\` (\`version_feeds_plan_id\`);`)
  await db.run(sql`ALTER TABLE \`_plans_v_rels\` ADD \`communities_id\` integer REFERENCES communities(id);`)
  await db.run(sql`CREATE INDEX \`_plans_v_rels_communities_id_idx\` ON \`_plans_v_rels\` (\`communities_id\`);`)
  await db.run(sql`ALTER TABLE \`partner_strategies\` ADD \`slug\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`partner_strategies_slug_idx\` ON \`partner_strategies\` (\`slug\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`communities_evidence\`;`)
  await db.run(sql`DROP TABLE \`clusters_membership\`;`)
  await db.run(sql`DROP TABLE \`plans_evidence\`;`)
  await db.run(sql`DROP TABLE \`plans_actions_updates\`;`)
  await db.run(sql`DROP TABLE \`_plans_v_version_evidence\`;`)
  await db.run(sql`DROP TABLE \`_plans_v_version_actions_updates\`;`)
  await db.run(sql`DROP TABLE \`influence_logs_advanced_actions\`;`)
  await db.run(sql`DROP TABLE \`_influence_logs_v_version_advanced_actions\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_plans\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`community_id\` integer,
  	\`cluster_id\` integer,
  	\`period_start_year\` numeric,
  	\`period_end_year\` numeric,
  	\`superseded_by_id\` integer,
  	\`vision\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`community_id\`) REFERENCES \`communities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cluster_id\`) REFERENCES \`clusters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`superseded_by_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_plans\`("id", "title", "slug", "community_id", "cluster_id", "period_start_year", "period_end_year", "superseded_by_id", "vision", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "community_id", "cluster_id", "period_start_year", "period_end_year", "superseded_by_id", "vision", "updated_at", "created_at", "_status" FROM \`plans\`;`)
  await db.run(sql`DROP TABLE \`plans\`;`)
  await db.run(sql`ALTER TABLE \`__new_plans\` RENAME TO \`plans\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`plans_slug_idx\` ON \`plans\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`plans_community_idx\` ON \`plans\` (\`community_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_cluster_idx\` ON \`plans\` (\`cluster_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_superseded_by_idx\` ON \`plans\` (\`superseded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_updated_at_idx\` ON \`plans\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`plans_created_at_idx\` ON \`plans\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`plans__status_idx\` ON \`plans\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_plans_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`partners_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_plans_rels\`("id", "order", "parent_id", "path", "partners_id") SELECT "id", "order", "parent_id", "path", "partners_id" FROM \`plans_rels\`;`)
  await db.run(sql`DROP TABLE \`plans_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_plans_rels\` RENAME TO \`plans_rels\`;`)
  await db.run(sql`CREATE INDEX \`plans_rels_order_idx\` ON \`plans_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`plans_rels_parent_idx\` ON \`plans_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_rels_path_idx\` ON \`plans_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`plans_rels_partners_id_idx\` ON \`plans_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__plans_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_community_id\` integer,
  	\`version_cluster_id\` integer,
  	\`version_period_start_year\` numeric,
  	\`version_period_end_year\` numeric,
  	\`version_superseded_by_id\` integer,
  	\`version_vision\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_community_id\`) REFERENCES \`communities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cluster_id\`) REFERENCES \`clusters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_superseded_by_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__plans_v\`("id", "parent_id", "version_title", "version_slug", "version_community_id", "version_cluster_id", "version_period_start_year", "version_period_end_year", "version_superseded_by_id", "version_vision", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_community_id", "version_cluster_id", "version_period_start_year", "version_period_end_year", "version_superseded_by_id", "version_vision", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_plans_v\`;`)
  await db.run(sql`DROP TABLE \`_plans_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__plans_v\` RENAME TO \`_plans_v\`;`)
  await db.run(sql`CREATE INDEX \`_plans_v_parent_idx\` ON \`_plans_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_slug_idx\` ON \`_plans_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_community_idx\` ON \`_plans_v\` (\`version_community_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_cluster_idx\` ON \`_plans_v\` (\`version_cluster_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_superseded_by_idx\` ON \`_plans_v\` (\`version_superseded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_updated_at_idx\` ON \`_plans_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_created_at_idx\` ON \`_plans_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version__status_idx\` ON \`_plans_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_created_at_idx\` ON \`_plans_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_updated_at_idx\` ON \`_plans_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_latest_idx\` ON \`_plans_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new__plans_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`partners_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__plans_v_rels\`("id", "order", "parent_id", "path", "partners_id") SELECT "id", "order", "parent_id", "path", "partners_id" FROM \`_plans_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_plans_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__plans_v_rels\` RENAME TO \`_plans_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_plans_v_rels_order_idx\` ON \`_plans_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_rels_parent_idx\` ON \`_plans_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_rels_path_idx\` ON \`_plans_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_rels_partners_id_idx\` ON \`_plans_v_rels\` (\`partners_id\`);`)
  await db.run(sql`DROP INDEX \`partner_strategies_slug_idx\`;`)
  await db.run(sql`ALTER TABLE \`partner_strategies\` DROP COLUMN \`slug\`;`)
}
