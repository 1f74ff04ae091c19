import { Heading, Link, Section, Text } from 'react-email'

import { EmailLayout, type Sender, linkStyle, smallText } from '../email/EmailLayout'

export type NewsletterItem = { title: string; summary?: string; url: string }
export type NewsletterSection = { heading: string; items: NewsletterItem[] }

export type NewsletterContent = {
  subject: string
  intro?: string | null
  /** HTML from the rich-text converter, which escapes every text node it writes. */
  bodyHtml?: string
  sections: NewsletterSection[]
}

type Props = NewsletterContent & { sender: Sender; preferencesUrl: string; unsubscribeUrl: string }

export const NewsletterEmail = ({ subject, intro, bodyHtml, sections, sender, preferencesUrl, unsubscribeUrl }: Props) => (
  <EmailLayout
    preview={intro?.slice(0, 120) || subject}
    sender={sender}
    footer={
      <Text style={smallText}>
        You get this because you subscribed to {sender.siteName} newsletters.{' '}
        <Link href={preferencesUrl} style={linkStyle}>
          Choose what you hear about
        </Link>{' '}
        or{' '}
        <Link href={unsubscribeUrl} style={linkStyle}>
          unsubscribe
        </Link>
        .
      </Text>
    }
  >
    <Heading as="h1">{subject}</Heading>
    {intro ? <Text>{intro}</Text> : null}
    {bodyHtml ? <div dangerouslySetInnerHTML={{ __html: bodyHtml }} /> : null}
    {sections.map((section) => (
      <Section key={section.heading}>
        <Heading as="h2">{section.heading}</Heading>
        {section.items.map((item) => (
          <Section key={item.url + item.title}>
            <Heading as="h3">
              <Link href={item.url} style={linkStyle}>
                {item.title}
              </Link>
            </Heading>
            {item.summary ? <Text>{item.summary}</Text> : null}
          </Section>
        ))}
      </Section>
    ))}
  </EmailLayout>
)
