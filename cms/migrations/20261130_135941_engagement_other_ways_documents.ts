import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`consultations_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`file_id\` integer,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_documents_order_idx\` ON \`consultations_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`consultations_documents_parent_id_idx\` ON \`consultations_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_documents_file_idx\` ON \`consultations_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v_version_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`file_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_consultations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_documents_order_idx\` ON \`_consultations_v_version_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_documents_parent_id_idx\` ON \`_consultations_v_version_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_documents_file_idx\` ON \`_consultations_v_version_documents\` (\`file_id\`);`)
  await db.run(sql`ALTER TABLE \`consultations\` ADD \`other_ways_post\` text;`)
  await db.run(sql`ALTER TABLE \`consultations\` ADD \`other_ways_phone\` text;`)
  await db.run(sql`ALTER TABLE \`consultations\` ADD \`other_ways_phone_hours\` text;`)
  await db.run(sql`ALTER TABLE \`consultations\` ADD \`other_ways_paper_copies\` text;`)
  await db.run(sql`ALTER TABLE \`consultations\` ADD \`other_ways_formats\` text;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` ADD \`version_other_ways_post\` text;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` ADD \`version_other_ways_phone\` text;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` ADD \`version_other_ways_phone_hours\` text;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` ADD \`version_other_ways_paper_copies\` text;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` ADD \`version_other_ways_formats\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`consultations_documents\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_version_documents\`;`)
  await db.run(sql`ALTER TABLE \`consultations\` DROP COLUMN \`other_ways_post\`;`)
  await db.run(sql`ALTER TABLE \`consultations\` DROP COLUMN \`other_ways_phone\`;`)
  await db.run(sql`ALTER TABLE \`consultations\` DROP COLUMN \`other_ways_phone_hours\`;`)
  await db.run(sql`ALTER TABLE \`consultations\` DROP COLUMN \`other_ways_paper_copies\`;`)
  await db.run(sql`ALTER TABLE \`consultations\` DROP COLUMN \`other_ways_formats\`;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` DROP COLUMN \`version_other_ways_post\`;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` DROP COLUMN \`version_other_ways_phone\`;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` DROP COLUMN \`version_other_ways_phone_hours\`;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` DROP COLUMN \`version_other_ways_paper_copies\`;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` DROP COLUMN \`version_other_ways_formats\`;`)
}
