import { gzipSync } from 'node:zlib'

/**
 * A gzipped POSIX (ustar) archive of a few small text files, which every system's `tar -xzf`
 * and archive tool opens. Node's zlib does the compression; the tar format is a 512-byte header
 * per file, which is shorter to write than a dependency is to vet. Names must fit 100 bytes.
 */
const BLOCK = 512

const octal = (value: number, width: number): string => `${value.toString(8).padStart(width - 1, '0')}\0`

const header = (name: string, size: number, mtime: Date): Buffer => {
  if (Buffer.byteLength(name) > 100) throw new Error(`Archive name too long: ${name}`)
  const block = Buffer.alloc(BLOCK)
  block.write(name, 0, 'utf8')
  block.write(octal(0o644, 8), 100)
  block.write(octal(0, 8), 108)
  block.write(octal(0, 8), 116)
  block.write(octal(size, 12), 124)
  block.write(octal(Math.floor(mtime.getTime() / 1000), 12), 136)
  block.write('        ', 148) // The checksum counts its own field as spaces.
  block.write('0', 156)
  block.write('ustar\u000000', 257)
  const checksum = block.reduce((sum, byte) => sum + byte, 0)
  block.write(`${checksum.toString(8).padStart(6, '0')}\0 `, 148)
  return block
}

export const tarGz = (files: ReadonlyArray<{ name: string; content: string }>, mtime: Date): Buffer => {
  const parts = files.flatMap(({ name, content }) => {
    const body = Buffer.from(content, 'utf8')
    const padding = Buffer.alloc((BLOCK - (body.length % BLOCK)) % BLOCK)
    return [header(name, body.length, mtime), body, padding]
  })
  return gzipSync(Buffer.concat([...parts, Buffer.alloc(BLOCK * 2)]))
}
