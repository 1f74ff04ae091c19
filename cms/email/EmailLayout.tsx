import { Body, Container, Head, Hr, Html, Link, Preview, Text } from 'react-email'
import type { ReactNode } from 'react'

import type { MailIdentity } from '../lib/siteSettings'
import { signOff } from './signOff'

/** Read with `mailIdentity(payload)` (cms/lib/siteSettings.ts) just before rendering. */
export type Sender = MailIdentity

const page = { backgroundColor: '#ffffff', color: '#1b1b1b', fontFamily: 'Georgia, "Times New Roman", serif', fontSize: '17px', lineHeight: '1.5' }
const small = { fontSize: '14px', color: '#3d3d3d' }
export const linkStyle = { color: '#0b4f8a', textDecoration: 'underline' }

/**
 * Every mail: language set, one readable column, who sent it, why the reader gets it and where
 * the privacy notice is.
 * React escapes every string it is given, so names, subjects and addresses cannot inject markup.
 */
export const EmailLayout = ({ preview, sender, footer, children }: { preview: string; sender: Sender; footer: ReactNode; children: ReactNode }) => (
  <Html lang="en-GB" dir="ltr">
    <Head>
      <meta name="color-scheme" content="light" />
    </Head>
    <Preview>{preview}</Preview>
    <Body style={page}>
      <Container style={{ maxWidth: '600px', padding: '16px' }}>
        {children}
        <Hr />
        <Text style={small}>
          {signOff(sender)} How we use your address:{' '}
          <Link href={sender.privacyUrl} style={linkStyle}>
            privacy notice
          </Link>
          .
        </Text>
        {footer}
      </Container>
    </Body>
  </Html>
)

export const smallText = small
