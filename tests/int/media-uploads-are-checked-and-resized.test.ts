import fs from 'node:fs'

import { APIError, ValidationError } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type TestPayload, startPayload } from './support/payload'

let test: TestPayload

beforeAll(async () => {
  test = await startPayload()
})
afterAll(async () => test.stop())

const png = async (width: number, height: number) => {
  const data = await sharp({ create: { width, height, channels: 3, background: '#3a7d44' } })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name: `picture-${width}x${height}.png`, size: data.length }
}

const files = () => fs.readdirSync(process.env.MEDIA_DIR as string, { recursive: true }).length

describe('media uploads', () => {
  it('stores an image with its alternative text and makes the responsive sizes', async () => {
    const doc = await test.payload.create({ collection: 'media', data: { alt: 'A green field' }, file: await png(2000, 1000) })
    expect(doc.width).toBe(2000)
    expect(doc.sizes?.thumbnail?.width).toBe(320)
    expect(doc.sizes?.card?.width).toBe(640)
    expect(doc.sizes?.wide?.width).toBe(1280)
  })

  it('refuses an image without alternative text unless it is marked decorative', async () => {
    const before = (await test.payload.count({ collection: 'media' })).totalDocs
    const error = await test.payload.create({ collection: 'media', data: {}, file: await png(300, 200) }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).data.errors.map((problem) => problem.path)).toContain('alt')
    expect((await test.payload.count({ collection: 'media' })).totalDocs).toBe(before)
    await expect(test.payload.create({ collection: 'media', data: { decorative: true }, file: await png(300, 200) })).resolves.toMatchObject({
      decorative: true,
    })
  })

  it('accepts a document without alternative text', async () => {
    const data = Buffer.from(
      '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer<</Size 2/Root 1 0 R>>\nstartxref\n40\n%%EOF\n',
    )
    const doc = await test.payload.create({
      collection: 'media',
      data: {},
      file: { data, mimetype: 'application/pdf', name: 'minutes.pdf', size: data.length },
    })
    expect(doc.mimeType).toBe('application/pdf')
  })

  it('refuses a decompression bomb with a clear message, storing nothing', async () => {
    const bomb = await png(8000, 8000)
    expect(bomb.size).toBeLessThan(2 * 1024 * 1024)
    const before = { docs: (await test.payload.count({ collection: 'media' })).totalDocs, files: files() }
    const error = await test.payload.create({ collection: 'media', data: { alt: 'Huge' }, file: bomb }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(APIError)
    expect((error as APIError).message).toMatch(/8000 × 8000 pixels \(64 megapixels\)\. The limit is 40 megapixels/)
    expect((await test.payload.count({ collection: 'media' })).totalDocs).toBe(before.docs)
    expect(files()).toBe(before.files)
  })
})
