import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import * as tar from 'tar'

/**
 * A gzipped tar of a few text files, which every system's `tar -xzf` and archive tool opens.
 * node-tar packs from disk, so the files are written to a temporary folder first; `portable`
 * and one `mtime` leave out the machine's owners and clock, so equal files give equal archives.
 */
export const tarGz = (files: ReadonlyArray<{ name: string; content: string }>, mtime: Date): Buffer => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-tar-'))
  try {
    const root = path.join(dir, 'files')
    for (const { name, content } of files) {
      fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
      fs.writeFileSync(path.join(root, name), content)
    }
    const archive = path.join(dir, 'archive.tar.gz')
    tar.c(
      { gzip: true, sync: true, file: archive, cwd: root, portable: true, mtime },
      files.map(({ name }) => name),
    )
    return fs.readFileSync(archive)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
