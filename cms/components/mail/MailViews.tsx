'use client'

import { useField } from '@payloadcms/ui'
import type { ClientFieldBase } from 'payload'
import type { ReactNode } from 'react'

/*
 * How the Outbox shows a captured mail: plain elements, not Payload's code editor, which is
 * fetched from a CDN and leaves these views blank on a machine without internet.
 */

type ViewProps = ClientFieldBase & { path: string }

const labelOf = (props: ViewProps): string => {
  const label = 'label' in props.field ? props.field.label : undefined
  return typeof label === 'string' ? label : props.path
}

const preStyle = {
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
  maxHeight: '32rem',
  overflow: 'auto',
  padding: 'calc(var(--base) / 2)',
  background: 'var(--theme-elevation-50)',
  border: '1px solid var(--theme-elevation-150)',
} as const

const View = ({ label, id, children }: { label: string; id: string; children: ReactNode }) => (
  <section className="field-type" aria-labelledby={id} style={{ marginBottom: 'var(--base)' }}>
    <h3 id={id} className="field-label">
      {label}
    </h3>
    {children}
  </section>
)

const idFor = (path: string) => `mail-${path.replace(/[^a-z0-9]/gi, '-')}`

/** Addresses in plain text become links, so a confirmation link can be followed from the Outbox. */
const withLinks = (text: string): ReactNode[] =>
  text.split(/(https?:\/\/[^\s<>"]+)/g).map((part, index) =>
    index % 2 === 1 ? (
      <a key={index} href={part} target="_blank" rel="noreferrer">
        {part}
      </a>
    ) : (
      part
    ),
  )

export const MailTextView = (props: ViewProps) => {
  const { value } = useField<string>({ path: props.path })
  const id = idFor(props.path)
  return (
    <View label={labelOf(props)} id={id}>
      {value ? (
        <pre tabIndex={0} aria-labelledby={id} style={preStyle}>
          {withLinks(value)}
        </pre>
      ) : (
        <p>This mail has no plain-text version.</p>
      )}
    </View>
  )
}

export const MailHtmlView = (props: ViewProps) => {
  const { value } = useField<string>({ path: props.path })
  const id = idFor(props.path)
  return (
    <View label={labelOf(props)} id={id}>
      {value ? (
        // No scripts, no forms, no same-origin rights; links open in a new tab.
        <iframe
          title="The mail as its reader sees it"
          sandbox="allow-popups allow-popups-to-escape-sandbox"
          srcDoc={`<base target="_blank">${value}`}
          style={{ width: '100%', height: '32rem', border: '1px solid var(--theme-elevation-150)', background: '#fff' }}
        />
      ) : (
        <p>This mail has no HTML version.</p>
      )}
    </View>
  )
}

export const MailHeadersView = (props: ViewProps) => {
  const { value } = useField<Record<string, unknown> | null>({ path: props.path })
  const entries = value && typeof value === 'object' ? Object.entries(value) : []
  return (
    <View label={labelOf(props)} id={idFor(props.path)}>
      {entries.length > 0 ? (
        <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.25rem 1rem', margin: 0 }}>
          {entries.map(([name, header]) => (
            <div key={name} style={{ display: 'contents' }}>
              <dt style={{ fontWeight: 600 }}>{name}</dt>
              <dd style={{ margin: 0, overflowWrap: 'anywhere' }}>{typeof header === 'string' ? header : JSON.stringify(header)}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>No headers beyond the usual ones.</p>
      )}
    </View>
  )
}

export const MailRawView = (props: ViewProps) => {
  const { value } = useField<string>({ path: props.path })
  const id = idFor(props.path)
  if (!value) return null
  return (
    <details style={{ marginBottom: 'var(--base)' }}>
      <summary id={id}>{labelOf(props)}</summary>
      <pre tabIndex={0} aria-labelledby={id} style={preStyle}>
        {value}
      </pre>
    </details>
  )
}
