import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`communities_name_idx\` ON \`communities\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`clusters_name_idx\` ON \`clusters\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`plans_title_idx\` ON \`plans\` (\`title\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_title_idx\` ON \`_plans_v\` (\`version_title\`);`)
  await db.run(sql`CREATE INDEX \`consultations_title_idx\` ON \`consultations\` (\`title\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_title_idx\` ON \`_consultations_v\` (\`version_title\`);`)
  await db.run(sql`CREATE INDEX \`influence_logs_title_idx\` ON \`influence_logs\` (\`title\`);`)
  await db.run(sql`CREATE INDEX \`_influence_logs_v_version_version_title_idx\` ON \`_influence_logs_v\` (\`version_title\`);`)
  await db.run(sql`CREATE INDEX \`partners_name_idx\` ON \`partners\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`partner_strategies_name_idx\` ON \`partner_strategies\` (\`name\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`communities_name_idx\`;`)
  await db.run(sql`DROP INDEX \`clusters_name_idx\`;`)
  await db.run(sql`DROP INDEX \`plans_title_idx\`;`)
  await db.run(sql`DROP INDEX \`_plans_v_version_version_title_idx\`;`)
  await db.run(sql`DROP INDEX \`consultations_title_idx\`;`)
  await db.run(sql`DROP INDEX \`_consultations_v_version_version_title_idx\`;`)
  await db.run(sql`DROP INDEX \`influence_logs_title_idx\`;`)
  await db.run(sql`DROP INDEX \`_influence_logs_v_version_version_title_idx\`;`)
  await db.run(sql`DROP INDEX \`partners_name_idx\`;`)
  await db.run(sql`DROP INDEX \`partner_strategies_name_idx\`;`)
}
