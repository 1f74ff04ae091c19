import { OPEN_DATA_CODES, OPEN_DATA_COLUMNS, openDataRows, toOpenDataCsv } from '../../cms/reports/openData'
import { type ReportPage, allReportPages, reportFor, routeOf } from './reports'
import { snapshot } from './snapshot'
import { onlyAffected } from './routeFilter'

/** One download per report page, at the same route plus logs.csv / logs.json. */
export const downloadPaths = () =>
  onlyAffected(
    allReportPages(snapshot()).map((page) => ({ params: { report: routeOf(page) }, props: { page } })),
    (entry) => entry.props.page.path,
  )

const rowsOf = (page: ReportPage) => openDataRows(reportFor(snapshot(), page), snapshot())

export const csvOf = (page: ReportPage): string => toOpenDataCsv(rowsOf(page))

export const jsonOf = (page: ReportPage): string =>
  JSON.stringify(
    {
      report: { owner: page.owner.name, year: page.year, page: page.path, generatedAt: snapshot().generatedAt },
      columns: OPEN_DATA_COLUMNS,
      codes: OPEN_DATA_CODES,
      entries: rowsOf(page),
    },
    null,
    1,
  )
