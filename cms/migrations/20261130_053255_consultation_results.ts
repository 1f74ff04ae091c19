import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`consultations_rels\` ADD \`plans_id\` integer REFERENCES plans(id);`)
  await db.run(sql`ALTER TABLE \`consultations_rels\` ADD \`influence_logs_id\` integer REFERENCES influence_logs(id);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_plans_id_idx\` ON \`consultations_rels\` (\`plans_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_influence_logs_id_idx\` ON \`consultations_rels\` (\`influence_logs_id\`);`)
  await db.run(sql`ALTER TABLE \`_consultations_v_rels\` ADD \`plans_id\` integer REFERENCES plans(id);`)
  await db.run(sql`ALTER TABLE \`_consultations_v_rels\` ADD \`influence_logs_id\` integer REFERENCES influence_logs(id);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_plans_id_idx\` ON \`_consultations_v_rels\` (\`plans_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_influence_logs_id_idx\` ON \`_consultations_v_rels\` (\`influence_logs_id\`);`)
  await db.run(sql`ALTER TABLE \`responses_answers\` ADD \`quote\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_consultations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`communities_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`communities_id\`) REFERENCES \`communities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_consultations_rels\`("id", "order", "parent_id", "path", "communities_id") SELECT "id", "order", "parent_id", "path", "communities_id" FROM \`consultations_rels\`;`)
  await db.run(sql`DROP TABLE \`consultations_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_consultations_rels\` RENAME TO \`consultations_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`consultations_rels_order_idx\` ON \`consultations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_parent_idx\` ON \`consultations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_path_idx\` ON \`consultations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_communities_id_idx\` ON \`consultations_rels\` (\`communities_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__consultations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`communities_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_consultations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`communities_id\`) REFERENCES \`communities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__consultations_v_rels\`("id", "order", "parent_id", "path", "communities_id") SELECT "id", "order", "parent_id", "path", "communities_id" FROM \`_consultations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__consultations_v_rels\` RENAME TO \`_consultations_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_order_idx\` ON \`_consultations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_parent_idx\` ON \`_consultations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_path_idx\` ON \`_consultations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_communities_id_idx\` ON \`_consultations_v_rels\` (\`communities_id\`);`)
  await db.run(sql`ALTER TABLE \`responses_answers\` DROP COLUMN \`quote\`;`)
}
