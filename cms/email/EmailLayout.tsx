import { Body, Container, Head, Hr, Html, Preview, Text } from 'react-email'
import type { ReactNode } from 'react'

export type Sender = { name: string; address: string }

const page = { backgroundColor: '#ffffff', color: '#1b1b1b', fontFamily: 'Georgia, "Times New Roman", serif', fontSize: '17px', lineHeight: '1.5' }
const small = { fontSize: '14px', color: '#3d3d3d' }

/**
 * Every Folkmoot mail: language set, one readable column, who sent it and why the reader gets it.
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
          Sent by {sender.name} ({sender.address}) through Folkmoot.
        </Text>
        {footer}
      </Container>
    </Body>
  </Html>
)

export const linkStyle = { color: '#0b4f8a', textDecoration: 'underline' }
export const smallText = small
