import sharp from 'sharp'

import type { Random } from './random'

export const PICTURE_SIZE = { width: 1600, height: 900 } as const

const hills = (random: Random, colour: string, base: number, opacity: number): string => {
  const { width, height } = PICTURE_SIZE
  const points: string[] = [`0,${height}`]
  for (let x = 0; x <= width; x += 100) points.push(`${x},${Math.round(base + Math.sin(x / 240 + random.next() * 2) * 60 + random.int(-20, 20))}`)
  points.push(`${width},${height}`)
  return `<polygon points="${points.join(' ')}" fill="${colour}" fill-opacity="${opacity}"/>`
}

/** A drawn landscape in the community's colours, made by sharp from SVG: demo images need no downloads. */
export const landscapeJpeg = async (colours: { sky: string; land: string }, random: Random): Promise<Buffer> => {
  const { width, height } = PICTURE_SIZE
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${colours.sky}"/><stop offset="1" stop-color="#ffffff"/></linearGradient></defs>
  <rect width="${width}" height="${height}" fill="url(#sky)"/>
  <circle cx="${random.int(200, 1400)}" cy="${random.int(120, 260)}" r="70" fill="#fff6d5" fill-opacity="0.9"/>
  ${hills(random, colours.land, 520, 0.55)}
  ${hills(random, colours.land, 640, 0.8)}
  ${hills(random, colours.land, 760, 1)}
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 78, mozjpeg: true }).toBuffer()
}
