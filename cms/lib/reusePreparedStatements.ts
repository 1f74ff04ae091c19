import Database from 'libsql'

/** Statements kept per connection: Payload's queries are a few hundred distinct texts at most. */
const KEPT_PER_CONNECTION = 256
/** A statement that changes the schema: every statement kept for that connection is dropped. */
const CHANGES_SCHEMA = /\b(?:create|alter|drop)\s/i

type Statement = Database.Statement

/**
 * @libsql/client prepares every statement afresh, then asks it twice for its columns, on every
 * query: under the response endpoint's load that was a fifth of the server's CPU. Payload's SQL is
 * the same text each time with only the parameters changing, so each connection keeps its
 * prepared statements, most recently used first, with their columns read once.
 *
 * Reuse is safe because the client runs each statement to the end synchronously (all/run),
 * before any other query can start, and sets the same modes (raw, safe integers) every time.
 * SQLite re-prepares a kept statement itself when another connection changes the schema; the
 * remembered columns are dropped when this process does, and Payload reads its schema only at
 * start anyway.
 */
export const reusePreparedStatements = (): void => {
  const prototype = Database.prototype as Database.Database & { reusesStatements?: true }
  if (prototype.reusesStatements) return
  prototype.reusesStatements = true
  // The originals, called below with each connection as `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const { prepare, exec } = prototype
  const kept = new WeakMap<Database.Database, Map<string, Statement>>()

  prototype.exec = function (this: Database.Database, source: string) {
    if (CHANGES_SCHEMA.test(source)) kept.delete(this)
    return exec.call(this, source)
  }
  prototype.prepare = function (this: Database.Database, source: string): Statement {
    if (CHANGES_SCHEMA.test(source)) {
      kept.delete(this)
      return prepare.call(this, source)
    }
    const statements = kept.get(this) ?? new Map<string, Statement>()
    kept.set(this, statements)
    const found = statements.get(source)
    if (found) {
      // Moved to the end: the first entry is then always the least recently used.
      statements.delete(source)
      statements.set(source, found)
      return found
    }
    const statement = prepare.call(this, source)
    const columns = statement.columns.bind(statement)
    let known: ReturnType<Statement['columns']> | undefined
    statement.columns = () => (known ??= columns())
    statements.set(source, statement)
    if (statements.size > KEPT_PER_CONNECTION) statements.delete(statements.keys().next().value!)
    return statement
  } as Database.Database['prepare']
}
