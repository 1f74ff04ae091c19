// The first half of completing an incremental site build (site/integrations/everyPageWritten.ts),
// on a thread of its own: it makes every folder of the live site in the new output folder while
// the build bundles and waits for its snapshot (a wait that blocks the build's own thread), and
// sends back each folder's files. At scale that is some ten thousand mkdirs, seconds of kernel
// time that no longer delay the publish; once the pages are rendered, only links remain to make.
import fs from 'node:fs'
import path from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'

/** @type {{ live: string, out: string, skipTop: string[] }} */
const { live, out, skipTop } = workerData
/** @type {Array<[string, string[]]>} each folder, relative to the site's root, with its files */
const folders = []

const makeFolder = (folder) => {
  try {
    fs.mkdirSync(folder)
  } catch (error) {
    // The build may have written a page there already.
    if (error.code !== 'EEXIST') throw error
  }
}

const walk = (relative, top) => {
  const files = []
  const subfolders = []
  for (const entry of fs.readdirSync(path.join(live, relative), { withFileTypes: true })) {
    if (!entry.isDirectory()) files.push(entry.name)
    else if (!(top && skipTop.includes(entry.name))) subfolders.push(entry.name)
  }
  if (top) fs.mkdirSync(out, { recursive: true })
  else makeFolder(path.join(out, relative))
  folders.push([relative, files])
  for (const name of subfolders) walk(path.join(relative, name), false)
}

walk('', true)
parentPort.postMessage(folders)
