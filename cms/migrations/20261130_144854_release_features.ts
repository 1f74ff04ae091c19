import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`communities_profile_groups\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`group\` text NOT NULL,
  	\`people\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`communities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`communities_profile_groups_order_idx\` ON \`communities_profile_groups\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`communities_profile_groups_parent_id_idx\` ON \`communities_profile_groups\` (\`_parent_id\`);`)
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
  await db.run(sql`CREATE TABLE \`events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`community_id\` integer,
  	\`cluster_id\` integer,
  	\`kind\` text DEFAULT 'drop-in',
  	\`summary\` text,
  	\`starts_at\` text,
  	\`ends_at\` text,
  	\`venue_name\` text,
  	\`venue_address\` text,
  	\`venue_access\` text,
  	\`consultation_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`community_id\`) REFERENCES \`communities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cluster_id\`) REFERENCES \`clusters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`consultation_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_community_idx\` ON \`events\` (\`community_id\`);`)
  await db.run(sql`CREATE INDEX \`events_cluster_idx\` ON \`events\` (\`cluster_id\`);`)
  await db.run(sql`CREATE INDEX \`events_starts_at_idx\` ON \`events\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`events_consultation_idx\` ON \`events\` (\`consultation_id\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`partners_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_rels_order_idx\` ON \`events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_parent_idx\` ON \`events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_path_idx\` ON \`events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_partners_id_idx\` ON \`events_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_community_id\` integer,
  	\`version_cluster_id\` integer,
  	\`version_kind\` text DEFAULT 'drop-in',
  	\`version_summary\` text,
  	\`version_starts_at\` text,
  	\`version_ends_at\` text,
  	\`version_venue_name\` text,
  	\`version_venue_address\` text,
  	\`version_venue_access\` text,
  	\`version_consultation_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_community_id\`) REFERENCES \`communities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cluster_id\`) REFERENCES \`clusters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_consultation_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_community_idx\` ON \`_events_v\` (\`version_community_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_cluster_idx\` ON \`_events_v\` (\`version_cluster_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_starts_at_idx\` ON \`_events_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_consultation_idx\` ON \`_events_v\` (\`version_consultation_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`partners_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_rels_order_idx\` ON \`_events_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_parent_idx\` ON \`_events_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_path_idx\` ON \`_events_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_partners_id_idx\` ON \`_events_v_rels\` (\`partners_id\`);`)
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
  await db.run(sql`CREATE TABLE \`site_settings_footer_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_footer_links_order_idx\` ON \`site_settings_footer_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_footer_links_parent_id_idx\` ON \`site_settings_footer_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text DEFAULT 'Community plans' NOT NULL,
  	\`organisation\` text DEFAULT 'The community planning partnership' NOT NULL,
  	\`logo_id\` integer,
  	\`accent_colour\` text DEFAULT '#1d5c45',
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`postal_address\` text,
  	\`contact_intro\` text DEFAULT 'Questions about a plan, a consultation or this website: write to us, call or visit. We reply within 10 working days.',
  	\`accessibility_scope\` text DEFAULT 'This statement applies to {name}, the public website run by {organisation}, and to the forms and pages it serves for newsletters, consultations and partner confirmations. It does not cover documents that other organisations publish and we link to.',
  	\`accessibility_status\` text DEFAULT 'This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard. Every page is checked on each release with the axe accessibility engine and the Nu HTML Checker, in a browser 375 pixels wide as well as on a desktop, and every page works without JavaScript.',
  	\`accessibility_exceptions\` text DEFAULT '- Maps of community boundaries are pictures: the same areas are described in words on each community page.
  - Documents uploaded by community groups (PDF and Word files) may not be accessible. Ask us for another format.',
  	\`accessibility_preparation\` text DEFAULT 'This statement was prepared from the automated checks above and a manual check with a keyboard and a screen reader. It is reviewed at every release.',
  	\`accessibility_feedback\` text DEFAULT 'If you find a problem with this website, or need something in a different format such as large print, easy read or audio, contact {organisation} using the details on the contact page. We reply within 10 working days.',
  	\`accessibility_enforcement\` text DEFAULT 'The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 in England, Scotland and Wales. If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS). In Northern Ireland, contact the Equality Commission for Northern Ireland (ECNI).',
  	\`privacy_controller\` text DEFAULT '{organisation} is the data controller for the personal information collected through {name}. You can reach us, and our data protection officer where we have one, using the details on the contact page.',
  	\`privacy_what_we_collect\` text DEFAULT '- Your email address and the communities you choose, if you sign up for the newsletter.
  - Your answers to a consultation, with a reference number, if you take part.
  - Optional equality monitoring answers (such as age band, ethnicity and disability), kept apart from your answers so that nobody can join the two.
  We do not ask for your name on consultation forms, and we use no tracking or advertising cookies.',
  	\`privacy_lawful_bases\` text DEFAULT '- Newsletters: your consent (UK GDPR Article 6(1)(a)). You can withdraw it at any time with the unsubscribe link in every mail.
  - Consultation answers: a task carried out in the public interest (Article 6(1)(e)), planning the future of the communities we serve.',
  	\`privacy_equality_condition\` text DEFAULT 'Equality monitoring answers about ethnicity, health or disability are special category data. We process them for equality of opportunity or treatment (UK GDPR Article 9(2)(g) and the Data Protection Act 2018, Schedule 1, Part 2, paragraph 8), with your explicit consent (Article 9(2)(a)): every question is optional and says "Prefer not to say".',
  	\`privacy_retention\` text DEFAULT '- Newsletter addresses: until you unsubscribe or ask us to erase them.
  - Equality monitoring answers, and consultation answers we have not quoted: deleted {months} months after we publish the feedback for that consultation.
  - Quotes we published, without any name: kept as part of the public record.',
  	\`privacy_rights\` text DEFAULT 'You have the right to be told what we hold about you, to have it corrected, to have it erased, to restrict or object to our use of it, and to take it elsewhere. You can withdraw consent at any time. Ask us using the contact page; we reply within one month.',
  	\`privacy_complaints\` text DEFAULT 'If you are unhappy with how we have used your data, tell us first. You can also complain to the Information Commissioner’s Office (ICO), Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, telephone 0303 123 1113, website ico.org.uk/make-a-complaint.',
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_logo_idx\` ON \`site_settings\` (\`logo_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_equality_answers\` (
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`consultation_id\` integer NOT NULL,
  	\`age_band\` text,
  	\`disability\` text,
  	\`ethnic_group\` text,
  	\`gender\` text,
  	FOREIGN KEY (\`consultation_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_equality_answers\`("id", "consultation_id", "age_band", "disability", "ethnic_group", "gender") SELECT "id", "consultation_id", "age_band", "disability", "ethnic_group", "gender" FROM \`equality_answers\`;`)
  await db.run(sql`DROP TABLE \`equality_answers\`;`)
  await db.run(sql`ALTER TABLE \`__new_equality_answers\` RENAME TO \`equality_answers\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`equality_answers_consultation_idx\` ON \`equality_answers\` (\`consultation_id\`);`)
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
  await db.run(sql`CREATE INDEX \`newsletters_audience_audience_cluster_idx\` ON \`newsletters\` (\`audience_cluster_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_status_idx\` ON \`newsletters\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_updated_at_idx\` ON \`newsletters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_created_at_idx\` ON \`newsletters\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`communities_id\` integer,
  	\`clusters_id\` integer,
  	\`plans_id\` integer,
  	\`consultations_id\` integer,
  	\`events_id\` integer,
  	\`responses_id\` integer,
  	\`equality_answers_id\` text,
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
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "communities_id", "clusters_id", "plans_id", "consultations_id", "responses_id", "equality_answers_id", "influence_logs_id", "achievement_reports_id", "partners_id", "partner_strategies_id", "guidance_id", "subscribers_id", "newsletters_id", "newsletter_deliveries_id", "outbox_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "communities_id", "clusters_id", "plans_id", "consultations_id", "responses_id", "equality_answers_id", "influence_logs_id", "achievement_reports_id", "partners_id", "partner_strategies_id", "guidance_id", "subscribers_id", "newsletters_id", "newsletter_deliveries_id", "outbox_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_communities_id_idx\` ON \`payload_locked_documents_rels\` (\`communities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_clusters_id_idx\` ON \`payload_locked_documents_rels\` (\`clusters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plans_id_idx\` ON \`payload_locked_documents_rels\` (\`plans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultations_id_idx\` ON \`payload_locked_documents_rels\` (\`consultations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
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
  await db.run(sql`ALTER TABLE \`communities\` ADD \`profile_source\` text;`)
  await db.run(sql`ALTER TABLE \`communities\` ADD \`profile_year\` numeric;`)
  await db.run(sql`CREATE INDEX \`communities_name_idx\` ON \`communities\` (\`name\`);`)
  await db.run(sql`ALTER TABLE \`plans\` ADD \`kind\` text DEFAULT 'community-action-plan';`)
  await db.run(sql`ALTER TABLE \`plans\` ADD \`standing\` text DEFAULT 'adopted';`)
  await db.run(sql`ALTER TABLE \`plans\` ADD \`standing_partner_id\` integer REFERENCES partners(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`plans\` ADD \`last_reviewed\` text;`)
  await db.run(sql`ALTER TABLE \`plans\` ADD \`review_date\` text;`)
  await db.run(sql`ALTER TABLE \`plans\` ADD \`feeds_plan_id\` integer REFERENCES plans(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`plans_title_idx\` ON \`plans\` (\`title\`);`)
  await db.run(sql`CREATE INDEX \`plans_standing_partner_idx\` ON \`plans\` (\`standing_partner_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_feeds_plan_idx\` ON \`plans\` (\`feeds_plan_id\`);`)
  await db.run(sql`ALTER TABLE \`plans_rels\` ADD \`communities_id\` integer REFERENCES communities(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`plans_rels_communities_id_idx\` ON \`plans_rels\` (\`communities_id\`);`)
  await db.run(sql`ALTER TABLE \`_plans_v\` ADD \`version_kind\` text DEFAULT 'community-action-plan';`)
  await db.run(sql`ALTER TABLE \`_plans_v\` ADD \`version_standing\` text DEFAULT 'adopted';`)
  await db.run(sql`ALTER TABLE \`_plans_v\` ADD \`version_standing_partner_id\` integer REFERENCES partners(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_plans_v\` ADD \`version_last_reviewed\` text;`)
  await db.run(sql`ALTER TABLE \`_plans_v\` ADD \`version_review_date\` text;`)
  await db.run(sql`ALTER TABLE \`_plans_v\` ADD \`version_feeds_plan_id\` integer REFERENCES plans(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_title_idx\` ON \`_plans_v\` (\`version_title\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_standing_partner_idx\` ON \`_plans_v\` (\`version_standing_partner_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_feeds_plan_idx\` ON \`_plans_v\` (\`version_feeds_plan_id\`);`)
  await db.run(sql`ALTER TABLE \`_plans_v_rels\` ADD \`communities_id\` integer REFERENCES communities(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`_plans_v_rels_communities_id_idx\` ON \`_plans_v_rels\` (\`communities_id\`);`)
  await db.run(sql`ALTER TABLE \`consultations_questions\` ADD \`scale_labels_low\` text;`)
  await db.run(sql`ALTER TABLE \`consultations_questions\` ADD \`scale_labels_high\` text;`)
  await db.run(sql`ALTER TABLE \`consultations\` ADD \`asks_own_age\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`consultations\` ADD \`other_ways_post\` text;`)
  await db.run(sql`ALTER TABLE \`consultations\` ADD \`other_ways_phone\` text;`)
  await db.run(sql`ALTER TABLE \`consultations\` ADD \`other_ways_phone_hours\` text;`)
  await db.run(sql`ALTER TABLE \`consultations\` ADD \`other_ways_paper_copies\` text;`)
  await db.run(sql`ALTER TABLE \`consultations\` ADD \`other_ways_formats\` text;`)
  await db.run(sql`ALTER TABLE \`consultations\` ADD \`feedback_figures_checked\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`consultations_title_idx\` ON \`consultations\` (\`title\`);`)
  await db.run(sql`ALTER TABLE \`_consultations_v_version_questions\` ADD \`scale_labels_low\` text;`)
  await db.run(sql`ALTER TABLE \`_consultations_v_version_questions\` ADD \`scale_labels_high\` text;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` ADD \`version_asks_own_age\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` ADD \`version_other_ways_post\` text;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` ADD \`version_other_ways_phone\` text;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` ADD \`version_other_ways_phone_hours\` text;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` ADD \`version_other_ways_paper_copies\` text;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` ADD \`version_other_ways_formats\` text;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` ADD \`version_feedback_figures_checked\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_title_idx\` ON \`_consultations_v\` (\`version_title\`);`)
  await db.run(sql`ALTER TABLE \`responses\` ADD \`community_id\` integer REFERENCES communities(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`responses\` ADD \`event_id\` integer REFERENCES events(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`responses_community_idx\` ON \`responses\` (\`community_id\`);`)
  await db.run(sql`CREATE INDEX \`responses_event_idx\` ON \`responses\` (\`event_id\`);`)
  await db.run(sql`ALTER TABLE \`partner_strategies\` ADD \`slug\` text;`)
  await db.run(sql`CREATE INDEX \`partner_strategies_name_idx\` ON \`partner_strategies\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`partner_strategies_slug_idx\` ON \`partner_strategies\` (\`slug\`);`)
  await db.run(sql`ALTER TABLE \`newsletters_rels\` ADD \`events_id\` integer REFERENCES events(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_events_id_idx\` ON \`newsletters_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`clusters_name_idx\` ON \`clusters\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`influence_logs_title_idx\` ON \`influence_logs\` (\`title\`);`)
  await db.run(sql`CREATE INDEX \`_influence_logs_v_version_version_title_idx\` ON \`_influence_logs_v\` (\`version_title\`);`)
  await db.run(sql`CREATE INDEX \`partners_name_idx\` ON \`partners\` (\`name\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`communities_profile_groups\`;`)
  await db.run(sql`DROP TABLE \`communities_evidence\`;`)
  await db.run(sql`DROP TABLE \`clusters_membership\`;`)
  await db.run(sql`DROP TABLE \`plans_evidence\`;`)
  await db.run(sql`DROP TABLE \`plans_actions_updates\`;`)
  await db.run(sql`DROP TABLE \`_plans_v_version_evidence\`;`)
  await db.run(sql`DROP TABLE \`_plans_v_version_actions_updates\`;`)
  await db.run(sql`DROP TABLE \`consultations_documents\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_version_documents\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`DROP TABLE \`events_rels\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v_rels\`;`)
  await db.run(sql`DROP TABLE \`influence_logs_advanced_actions\`;`)
  await db.run(sql`DROP TABLE \`_influence_logs_v_version_advanced_actions\`;`)
  await db.run(sql`DROP TABLE \`site_settings_footer_links\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
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
  await db.run(sql`CREATE INDEX \`responses_consultation_idx\` ON \`responses\` (\`consultation_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`responses_reference_idx\` ON \`responses\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`responses_moderation_idx\` ON \`responses\` (\`moderation\`);`)
  await db.run(sql`CREATE INDEX \`responses_updated_at_idx\` ON \`responses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`responses_created_at_idx\` ON \`responses\` (\`created_at\`);`)
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
  );
  `)
  await db.run(sql`INSERT INTO \`__new_newsletters_rels\`("id", "order", "parent_id", "path", "consultations_id", "influence_logs_id", "plans_id", "communities_id") SELECT "id", "order", "parent_id", "path", "consultations_id", "influence_logs_id", "plans_id", "communities_id" FROM \`newsletters_rels\`;`)
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
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "communities_id", "clusters_id", "plans_id", "consultations_id", "responses_id", "equality_answers_id", "influence_logs_id", "achievement_reports_id", "partners_id", "partner_strategies_id", "guidance_id", "subscribers_id", "newsletters_id", "newsletter_deliveries_id", "outbox_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "communities_id", "clusters_id", "plans_id", "consultations_id", "responses_id", "equality_answers_id", "influence_logs_id", "achievement_reports_id", "partners_id", "partner_strategies_id", "guidance_id", "subscribers_id", "newsletters_id", "newsletter_deliveries_id", "outbox_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`DROP INDEX \`communities_name_idx\`;`)
  await db.run(sql`ALTER TABLE \`communities\` DROP COLUMN \`profile_source\`;`)
  await db.run(sql`ALTER TABLE \`communities\` DROP COLUMN \`profile_year\`;`)
  await db.run(sql`DROP INDEX \`clusters_name_idx\`;`)
  await db.run(sql`DROP INDEX \`consultations_title_idx\`;`)
  await db.run(sql`ALTER TABLE \`consultations\` DROP COLUMN \`asks_own_age\`;`)
  await db.run(sql`ALTER TABLE \`consultations\` DROP COLUMN \`other_ways_post\`;`)
  await db.run(sql`ALTER TABLE \`consultations\` DROP COLUMN \`other_ways_phone\`;`)
  await db.run(sql`ALTER TABLE \`consultations\` DROP COLUMN \`other_ways_phone_hours\`;`)
  await db.run(sql`ALTER TABLE \`consultations\` DROP COLUMN \`other_ways_paper_copies\`;`)
  await db.run(sql`ALTER TABLE \`consultations\` DROP COLUMN \`other_ways_formats\`;`)
  await db.run(sql`ALTER TABLE \`consultations\` DROP COLUMN \`feedback_figures_checked\`;`)
  await db.run(sql`DROP INDEX \`_consultations_v_version_version_title_idx\`;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` DROP COLUMN \`version_asks_own_age\`;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` DROP COLUMN \`version_other_ways_post\`;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` DROP COLUMN \`version_other_ways_phone\`;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` DROP COLUMN \`version_other_ways_phone_hours\`;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` DROP COLUMN \`version_other_ways_paper_copies\`;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` DROP COLUMN \`version_other_ways_formats\`;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` DROP COLUMN \`version_feedback_figures_checked\`;`)
  await db.run(sql`DROP INDEX \`influence_logs_title_idx\`;`)
  await db.run(sql`DROP INDEX \`_influence_logs_v_version_version_title_idx\`;`)
  await db.run(sql`DROP INDEX \`partners_name_idx\`;`)
  await db.run(sql`DROP INDEX \`partner_strategies_name_idx\`;`)
  await db.run(sql`DROP INDEX \`partner_strategies_slug_idx\`;`)
  await db.run(sql`ALTER TABLE \`partner_strategies\` DROP COLUMN \`slug\`;`)
  await db.run(sql`CREATE TABLE \`__new_equality_answers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`consultation_id\` integer NOT NULL,
  	\`age_band\` text,
  	\`disability\` text,
  	\`ethnic_group\` text,
  	\`gender\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`consultation_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_equality_answers\`("id", "consultation_id", "age_band", "disability", "ethnic_group", "gender", "updated_at", "created_at") SELECT "id", "consultation_id", "age_band", "disability", "ethnic_group", "gender", "updated_at", "created_at" FROM \`equality_answers\`;`)
  await db.run(sql`DROP TABLE \`equality_answers\`;`)
  await db.run(sql`ALTER TABLE \`__new_equality_answers\` RENAME TO \`equality_answers\`;`)
  await db.run(sql`CREATE INDEX \`equality_answers_consultation_idx\` ON \`equality_answers\` (\`consultation_id\`);`)
  await db.run(sql`CREATE INDEX \`equality_answers_updated_at_idx\` ON \`equality_answers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`equality_answers_created_at_idx\` ON \`equality_answers\` (\`created_at\`);`)
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
  await db.run(sql`CREATE INDEX \`newsletters_audience_audience_cluster_idx\` ON \`newsletters\` (\`audience_cluster_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_status_idx\` ON \`newsletters\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_updated_at_idx\` ON \`newsletters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_created_at_idx\` ON \`newsletters\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`consultations_questions\` DROP COLUMN \`scale_labels_low\`;`)
  await db.run(sql`ALTER TABLE \`consultations_questions\` DROP COLUMN \`scale_labels_high\`;`)
  await db.run(sql`ALTER TABLE \`_consultations_v_version_questions\` DROP COLUMN \`scale_labels_low\`;`)
  await db.run(sql`ALTER TABLE \`_consultations_v_version_questions\` DROP COLUMN \`scale_labels_high\`;`)
}
