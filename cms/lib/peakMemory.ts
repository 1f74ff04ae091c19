import fs from 'node:fs'

/**
 * Follows another process's peak resident memory (VmHWM in /proc/<pid>/status, Linux only:
 * elsewhere it reads 0) by looking every quarter second while it runs; `stop` gives the peak in MB.
 * The peak only grows, so the last look before the process ends is close to its true peak.
 */
export const watchPeakMemory = (pid: number | undefined): { stop: () => number } => {
  let peakKB = 0
  const look = () => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
      if (match) peakKB = Math.max(peakKB, Number(match[1]))
    } catch {
      // The process has ended, or there is no /proc here.
    }
  }
  const timer = setInterval(look, 250)
  look()
  return {
    stop: () => {
      clearInterval(timer)
      return Math.round(peakKB / 1024)
    },
  }
}
