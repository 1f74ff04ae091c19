import { flattenAllFields } from 'payload'
import { describe, expect, it } from 'vitest'

import configPromise from '@payload-config'

/**
 * Payload draws code and JSON fields with Monaco, which its loader fetches from a CDN: on a
 * machine without internet the field is blank. Each one we show must have a view of our own.
 */
describe('the admin fetches no code editor', () => {
  it('gives every visible code or JSON field of every collection a plain view of its own', async () => {
    const config = await configPromise
    const drawnByMonaco: string[] = []
    const viewedPlainly: string[] = []
    for (const collection of config.collections) {
      if (collection.admin?.hidden === true) continue
      for (const field of flattenAllFields({ fields: collection.fields })) {
        if (field.type !== 'code' && field.type !== 'json') continue
        const name = `${collection.slug}.${field.name}`
        if (field.admin?.hidden) continue
        if (field.admin?.components?.Field) viewedPlainly.push(name)
        else drawnByMonaco.push(name)
      }
    }
    expect(viewedPlainly).toEqual(expect.arrayContaining(['outbox.html', 'outbox.headers', 'outbox.raw']))
    expect(drawnByMonaco).toEqual([])
  })
})
