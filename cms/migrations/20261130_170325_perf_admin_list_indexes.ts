import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`responses_moderation_idx\`;`)
  await db.run(sql`CREATE INDEX \`consultation_createdAt_idx\` ON \`responses\` (\`consultation_id\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`moderation_createdAt_idx\` ON \`responses\` (\`moderation\`,\`created_at\`);`)
  await db.run(sql`DROP INDEX \`subscribers_status_idx\`;`)
  await db.run(sql`CREATE INDEX \`status_createdAt_idx\` ON \`subscribers\` (\`status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`community_date_idx\` ON \`influence_logs\` (\`community_id\`,\`date\`);`)
  await db.run(sql`CREATE INDEX \`version_community_version_date_idx\` ON \`_influence_logs_v\` (\`version_community_id\`,\`version_date\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_updatedAt_idx\` ON \`newsletter_deliveries\` (\`newsletter_id\`,\`updated_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`consultation_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`moderation_createdAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`responses_moderation_idx\` ON \`responses\` (\`moderation\`);`)
  await db.run(sql`DROP INDEX \`community_date_idx\`;`)
  await db.run(sql`DROP INDEX \`version_community_version_date_idx\`;`)
  await db.run(sql`DROP INDEX \`status_createdAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`subscribers_status_idx\` ON \`subscribers\` (\`status\`);`)
  await db.run(sql`DROP INDEX \`newsletter_updatedAt_idx\`;`)
}
