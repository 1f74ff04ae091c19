import type { Payload, TaskConfig } from 'payload'

import { JOBS, type Row, collectionConfig } from './contents'
import { type MapId, blockLookup, mapFields } from './references'
import { TASK_INPUT_REFERENCES } from './taskInputReferences'

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A job's input with the ids it names rewritten; text inputs stay text. */
const mapTaskInput = (taskSlug: unknown, input: unknown, mapId: MapId): unknown => {
  const references = typeof taskSlug === 'string' ? TASK_INPUT_REFERENCES[taskSlug] : undefined
  if (!references || !isRow(input)) return input
  const out: Row = { ...input }
  for (const { key, collection } of references(input)) {
    const id = out[key]
    if (typeof id !== 'string' && typeof id !== 'number') continue
    const mapped = mapId(collection, id)
    out[key] = mapped === null ? null : String(mapped)
  }
  return out
}

/** A job names documents in its input, in the inputs its log kept, and in its concurrency key (derived from the input). */
const mapJob = (payload: Payload, job: Row, mapId: MapId): Row => {
  const out: Row = { ...job, input: mapTaskInput(job.taskSlug, job.input, mapId) }
  if (Array.isArray(job.log))
    out.log = (job.log as unknown[]).map((entry) => (isRow(entry) ? { ...entry, input: mapTaskInput(entry.taskSlug, entry.input, mapId) } : entry))
  const task: TaskConfig | undefined = (payload.config.jobs.tasks ?? []).find((candidate) => candidate.slug === job.taskSlug)
  const concurrency = task?.concurrency
  if (typeof job.concurrencyKey === 'string' && concurrency && isRow(out.input)) {
    const key = typeof concurrency === 'function' ? concurrency : concurrency.key
    out.concurrencyKey = key({ input: out.input, queue: typeof job.queue === 'string' ? job.queue : 'default' })
  }
  return out
}

/** Rewrites the references of documents, versions and globals, field by field as the config declares them. */
export const documentMapper = (payload: Payload) => {
  const blocks = blockLookup(payload.config)
  const fieldsOf = (collection: string) => collectionConfig(payload, collection)!.flattenedFields
  const globalFieldsOf = (slug: string) => payload.config.globals.find((global) => global.slug === slug)!.flattenedFields
  const document = (collection: string, doc: Row, mapId: MapId): Row => {
    const mapped = mapFields(doc, fieldsOf(collection), mapId, blocks)
    return collection === JOBS ? mapJob(payload, mapped, mapId) : mapped
  }
  return {
    document,
    version: (collection: string, version: Row, mapId: MapId): Row => ({
      ...version,
      parent: typeof version.parent === 'string' || typeof version.parent === 'number' ? mapId(collection, version.parent) : version.parent,
      version: isRow(version.version) ? document(collection, version.version, mapId) : version.version,
    }),
    global: (slug: string, doc: Row, mapId: MapId): Row => mapFields(doc, globalFieldsOf(slug), mapId, blocks),
    globalVersion: (slug: string, version: Row, mapId: MapId): Row => ({
      ...version,
      version: isRow(version.version) ? mapFields(version.version, globalFieldsOf(slug), mapId, blocks) : version.version,
    }),
  }
}
