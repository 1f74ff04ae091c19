// Reads Vitest's JSON report and prints the plain total CI looks for.
// When the suite did not get as far as Vitest (the type check failed), that is one failure.
import fs from 'node:fs'

const [file, status] = process.argv.slice(2)
if (!fs.existsSync(file)) {
  console.log(`The test run stopped before Vitest reported (exit ${status}).`)
  console.log('0 passed, 1 failed')
  process.exit(0)
}
const report = JSON.parse(fs.readFileSync(file, 'utf8'))
const skipped = report.numPendingTests + report.numTodoTests
// A file that failed outside its tests (in beforeAll, say) reports them skipped: the file is the failure.
const failedSuites = report.testResults.filter((suite) => suite.status === 'failed' && !suite.assertionResults.some((test) => test.status === 'failed')).length
const failed = report.numFailedTests + failedSuites
console.log(`${report.numPassedTests} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`)
