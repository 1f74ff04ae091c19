import { Heading, Link, Text } from 'react-email'

import { EmailLayout, type Sender, linkStyle, smallText } from '../../email/EmailLayout'

type Props = { sender: Sender; followed: string[] }

const Followed = ({ followed }: { followed: string[] }) => (followed.length > 0 ? <Text>You chose: {followed.join(', ')}.</Text> : null)

const NotYou = () => <Text style={smallText}>If this was not you, ignore this mail: nothing will be sent to you and the request is forgotten.</Text>

/** Double opt-in: nothing is ever sent until the reader follows this link and presses the button. */
export const ConfirmSubscriptionEmail = ({ sender, followed, confirmUrl, validDays }: Props & { confirmUrl: string; validDays: number }) => (
  <EmailLayout preview={`Please confirm you want ${sender.siteName} newsletters`} sender={sender} footer={<NotYou />}>
    <Heading as="h1">Please confirm your subscription</Heading>
    <Text>Someone, hopefully you, asked to receive {sender.siteName} newsletters at this address.</Text>
    <Followed followed={followed} />
    <Text>
      <Link href={confirmUrl} style={linkStyle}>
        Confirm my subscription
      </Link>
    </Text>
    <Text style={smallText}>The link works for {validDays} days.</Text>
  </EmailLayout>
)

/** Sent instead of a confirmation when the address is already subscribed: the form reveals nothing, the owner learns it here. */
export const AlreadySubscribedEmail = ({ sender, preferencesUrl }: { sender: Sender; preferencesUrl: string }) => (
  <EmailLayout preview={`You already get ${sender.siteName} newsletters`} sender={sender} footer={<NotYou />}>
    <Heading as="h1">You are already subscribed</Heading>
    <Text>Someone asked to subscribe this address to {sender.siteName} newsletters, and it already receives them. Nothing has changed.</Text>
    <Text>
      <Link href={preferencesUrl} style={linkStyle}>
        Choose which communities you hear about, or unsubscribe
      </Link>
    </Text>
  </EmailLayout>
)
