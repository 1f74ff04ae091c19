'use client'

import { useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Row = {
  question: string
  label: string
  respondents: number | null
  respondentShare: number | null
  residentShare: number | null
  underRepresented: boolean
}
type Report = { consultations: number; sources: string[]; answered: Record<string, number | null>; rows: Row[] }

const QUESTION_NAMES: Record<string, string> = { ageBand: 'Age', disability: 'Disability or long-term condition', ethnicGroup: 'Ethnic group' }

/**
 * Who answered against who lives there, from the equality answers alone (admins only): counts
 * under 10 read "fewer than 10", and groups under-represented among respondents are marked.
 */
export const ReachView = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth<{ role?: string }>()
  const { config } = useConfig()
  const [report, setReport] = useState<Report | null>(null)
  const admin = user?.role === 'admin'

  useEffect(() => {
    if (!id || !admin) return
    const controller = new AbortController()
    fetch(`${config.routes.api}/${collectionSlug}/${id}/reach`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<Report>) : null))
      .then(setReport)
      .catch(() => undefined)
    return () => controller.abort()
  }, [admin, collectionSlug, config.routes.api, id])

  if (!admin || !report) return null
  const questions = [...new Set(report.rows.map((row) => row.question))]
  return (
    <div className="field-type" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h3>Who we heard from</h3>
      <p>
        From the optional “About you” answers{collectionSlug === 'plans' ? ` across ${report.consultations} consultations` : ''}, against residents (
        {report.sources.length > 0 ? report.sources.join('; ') : 'no population figures yet: add them under each community’s “Who lives here”'}). Numbers under
        10 are not shown. <strong>Under-represented</strong> marks a group whose share of respondents is under three quarters of its share of residents.
      </p>
      {questions.map((question) => (
        <table key={question} style={{ marginBottom: 'var(--base)', width: '100%' }}>
          <caption style={{ textAlign: 'left', fontWeight: 600 }}>
            {QUESTION_NAMES[question] ?? question} ({report.answered[question] ?? 'fewer than 10'} answered)
          </caption>
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Respondents</th>
              <th scope="col">Share of respondents</th>
              <th scope="col">Share of residents</th>
              <th scope="col">Heard enough?</th>
            </tr>
          </thead>
          <tbody>
            {report.rows
              .filter((row) => row.question === question)
              .map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  <td>{row.respondents ?? 'fewer than 10'}</td>
                  <td>{row.respondentShare === null ? '' : `${row.respondentShare}%`}</td>
                  <td>{row.residentShare === null ? '' : `${row.residentShare}%`}</td>
                  <td>{row.underRepresented ? <strong>Under-represented</strong> : ''}</td>
                </tr>
              ))}
          </tbody>
        </table>
      ))}
    </div>
  )
}
