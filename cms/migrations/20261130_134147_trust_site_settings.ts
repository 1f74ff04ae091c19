import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_settings_footer_links\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
}
