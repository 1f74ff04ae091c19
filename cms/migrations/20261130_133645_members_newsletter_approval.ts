import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_newsletters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`subject\` text NOT NULL,
  	\`intro\` text,
  	\`body\` text,
  	\`content_mode\` text DEFAULT 'picked' NOT NULL,
  	\`audience_kind\` text NOT NULL,
  	\`audience_cluster_id\` integer,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`scheduled_for\` text,
  	\`sent_at\` text,
  	\`send_progress_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`audience_cluster_id\`) REFERENCES \`clusters\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_newsletters\`("id", "subject", "intro", "body", "content_mode", "audience_kind", "audience_cluster_id", "status", "scheduled_for", "sent_at", "send_progress_at", "updated_at", "created_at") SELECT "id", "subject", "intro", "body", "content_mode", "audience_kind", "audience_cluster_id", "status", "scheduled_for", "sent_at", "send_progress_at", "updated_at", "created_at" FROM \`newsletters\`;`)
  await db.run(sql`DROP TABLE \`newsletters\`;`)
  await db.run(sql`ALTER TABLE \`__new_newsletters\` RENAME TO \`newsletters\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`newsletters_audience_audience_cluster_idx\` ON \`newsletters\` (\`audience_cluster_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_status_idx\` ON \`newsletters\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_updated_at_idx\` ON \`newsletters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_created_at_idx\` ON \`newsletters\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_newsletters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`subject\` text NOT NULL,
  	\`intro\` text,
  	\`body\` text,
  	\`content_mode\` text DEFAULT 'picked' NOT NULL,
  	\`audience_kind\` text DEFAULT 'everyone' NOT NULL,
  	\`audience_cluster_id\` integer,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`scheduled_for\` text,
  	\`sent_at\` text,
  	\`send_progress_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`audience_cluster_id\`) REFERENCES \`clusters\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_newsletters\`("id", "subject", "intro", "body", "content_mode", "audience_kind", "audience_cluster_id", "status", "scheduled_for", "sent_at", "send_progress_at", "updated_at", "created_at") SELECT "id", "subject", "intro", "body", "content_mode", "audience_kind", "audience_cluster_id", "status", "scheduled_for", "sent_at", "send_progress_at", "updated_at", "created_at" FROM \`newsletters\`;`)
  await db.run(sql`DROP TABLE \`newsletters\`;`)
  await db.run(sql`ALTER TABLE \`__new_newsletters\` RENAME TO \`newsletters\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`newsletters_audience_audience_cluster_idx\` ON \`newsletters\` (\`audience_cluster_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_status_idx\` ON \`newsletters\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_updated_at_idx\` ON \`newsletters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_created_at_idx\` ON \`newsletters\` (\`created_at\`);`)
}
