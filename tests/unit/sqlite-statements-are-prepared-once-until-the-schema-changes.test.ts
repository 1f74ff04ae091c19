import { createClient } from '@libsql/client'
import Database from 'libsql'
import { describe, expect, it } from 'vitest'

import { reusePreparedStatements } from '../../cms/lib/reusePreparedStatements'

reusePreparedStatements()

describe('SQLite statements through @libsql/client', () => {
  it('are prepared once per connection', () => {
    const first = new Database(':memory:')
    const second = new Database(':memory:')
    for (const db of [first, second]) db.exec('create table answers (id integer primary key, text text)')
    const sql = 'select id, text from answers where id > ?'
    expect(first.prepare(sql)).toBe(first.prepare(sql))
    expect(second.prepare(sql)).not.toBe(first.prepare(sql))
    first.close()
    second.close()
  })

  it('give each run its own parameters and rows when reused', async () => {
    const client = createClient({ url: ':memory:' })
    await client.execute('create table answers (id integer primary key, text text)')
    const stored = []
    for (const text of ['one', 'two', 'three'])
      stored.push((await client.execute({ sql: 'insert into answers (text) values (?) returning id, text', args: [text] })).rows[0]?.text)
    expect(stored).toEqual(['one', 'two', 'three'])
    const select = 'select id, text from answers where id > ? order by id'
    const rows = await client.execute({ sql: select, args: [1] })
    expect(rows.columns).toEqual(['id', 'text'])
    expect(rows.rows.map((row) => row.text)).toEqual(['two', 'three'])
    expect((await client.execute({ sql: select, args: [2] })).rows.map((row) => row.text)).toEqual(['three'])
    client.close()
  })

  it('read the new columns after the schema changes', async () => {
    const client = createClient({ url: ':memory:' })
    await client.execute('create table places (id integer primary key, name text)')
    await client.execute({ sql: 'insert into places (name) values (?)', args: ['Harrowdale'] })
    expect((await client.execute('select * from places')).columns).toEqual(['id', 'name'])
    await client.execute('alter table places add column kind text')
    const after = await client.execute('select * from places')
    expect(after.columns).toEqual(['id', 'name', 'kind'])
    expect(after.rows[0]).toMatchObject({ name: 'Harrowdale', kind: null })
    client.close()
  })
})
