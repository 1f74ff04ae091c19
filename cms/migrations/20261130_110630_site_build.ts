import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_build\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`outcome\` text,
  	\`attempted_at\` text,
  	\`succeeded_at\` text,
  	\`pages\` numeric,
  	\`error\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_build\`;`)
}
