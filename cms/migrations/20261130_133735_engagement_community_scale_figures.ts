import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`consultations_questions\` ADD \`scale_labels_low\` text;`)
  await db.run(sql`ALTER TABLE \`consultations_questions\` ADD \`scale_labels_high\` text;`)
  await db.run(sql`ALTER TABLE \`consultations\` ADD \`asks_own_age\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`consultations\` ADD \`feedback_figures_checked\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_consultations_v_version_questions\` ADD \`scale_labels_low\` text;`)
  await db.run(sql`ALTER TABLE \`_consultations_v_version_questions\` ADD \`scale_labels_high\` text;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` ADD \`version_asks_own_age\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` ADD \`version_feedback_figures_checked\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`responses\` ADD \`community_id\` integer REFERENCES communities(id);`)
  await db.run(sql`CREATE INDEX \`responses_community_idx\` ON \`responses\` (\`community_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_responses\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`consultation_id\` integer NOT NULL,
  	\`reference\` text,
  	\`channel\` text DEFAULT 'online' NOT NULL,
  	\`moderation\` text DEFAULT 'pending' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`consultation_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_responses\`("id", "consultation_id", "reference", "channel", "moderation", "updated_at", "created_at") SELECT "id", "consultation_id", "reference", "channel", "moderation", "updated_at", "created_at" FROM \`responses\`;`)
  await db.run(sql`DROP TABLE \`responses\`;`)
  await db.run(sql`ALTER TABLE \`__new_responses\` RENAME TO \`responses\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`responses_consultation_idx\` ON \`responses\` (\`consultation_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`responses_reference_idx\` ON \`responses\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`responses_moderation_idx\` ON \`responses\` (\`moderation\`);`)
  await db.run(sql`CREATE INDEX \`responses_updated_at_idx\` ON \`responses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`responses_created_at_idx\` ON \`responses\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`consultations_questions\` DROP COLUMN \`scale_labels_low\`;`)
  await db.run(sql`ALTER TABLE \`consultations_questions\` DROP COLUMN \`scale_labels_high\`;`)
  await db.run(sql`ALTER TABLE \`consultations\` DROP COLUMN \`asks_own_age\`;`)
  await db.run(sql`ALTER TABLE \`consultations\` DROP COLUMN \`feedback_figures_checked\`;`)
  await db.run(sql`ALTER TABLE \`_consultations_v_version_questions\` DROP COLUMN \`scale_labels_low\`;`)
  await db.run(sql`ALTER TABLE \`_consultations_v_version_questions\` DROP COLUMN \`scale_labels_high\`;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` DROP COLUMN \`version_asks_own_age\`;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` DROP COLUMN \`version_feedback_figures_checked\`;`)
}
