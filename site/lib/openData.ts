import { OPEN_DATA_LICENCE, OPEN_DATA_SETS, openDataCsv, openDataJson } from '../../cms/export/openDataSets'
import { toCsv } from '../../cms/lib/csv'
import { tarGz } from '../../cms/lib/tarGz'
import { publicPath } from '../../cms/shared/publicUrls'
import { OPEN_DATA_CODES, OPEN_DATA_COLUMNS, openDataRows, toOpenDataCsv } from '../../cms/reports/openData'
import { PRACTICAL_COLUMNS, type ReportPage, allReportPages, practicalRows, practicalWorkFor, reportFor, routeOf } from './reports'
import { siteSettings } from './siteSettings'
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

/** The year's plan progress and engagement figures, one row per measure. */
export const practicalCsvOf = (page: ReportPage): string =>
  toCsv(
    PRACTICAL_COLUMNS.map((column) => column.name),
    practicalRows(practicalWorkFor(snapshot(), page)).map((row) => [row.section, row.measure, row.value]),
  )

const practicalOf = (page: ReportPage) => {
  const { progress, engagement } = practicalWorkFor(snapshot(), page)
  return { planProgress: progress, engagement }
}

export const jsonOf = (page: ReportPage): string =>
  JSON.stringify(
    {
      report: { owner: page.owner.name, year: page.year, page: page.path, generatedAt: snapshot().generatedAt },
      columns: OPEN_DATA_COLUMNS,
      codes: OPEN_DATA_CODES,
      entries: rowsOf(page),
      ...practicalOf(page),
    },
    null,
    1,
  )

/** Every published set as CSV and JSON, at /open-data/<set>.csv and .json. */
export const openDataFiles = (): Array<{ name: string; format: 'csv' | 'json'; path: string; content: string }> =>
  OPEN_DATA_SETS.flatMap((set) =>
    (['csv', 'json'] as const).map((format) => ({
      name: set.name,
      format,
      path: publicPath.openDataFile(set.name, format),
      content: format === 'csv' ? openDataCsv(set, snapshot()) : openDataJson(set, snapshot()),
    })),
  )

/** The whole site's open data in one archive, with a README naming the licence and each file's columns. */
export const openDataArchive = (): Buffer => {
  const readme = [
    `${siteSettings().name} open data`,
    '',
    `Published ${snapshot().generatedAt} under ${OPEN_DATA_LICENCE.name}: ${OPEN_DATA_LICENCE.url}`,
    '',
    ...OPEN_DATA_SETS.flatMap((set) => [
      `${set.name}.csv / ${set.name}.json: ${set.description}`,
      ...set.columns.map((column) => `  ${column.name}: ${column.meaning}`),
      '',
    ]),
  ].join('\n')
  return tarGz(
    [
      { name: 'open-data/README.txt', content: readme },
      ...openDataFiles().map((file) => ({ name: `open-data/${file.name}.${file.format}`, content: file.content })),
    ],
    new Date(snapshot().generatedAt),
  )
}
