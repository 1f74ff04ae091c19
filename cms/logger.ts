import type { Config } from 'payload'
import { build } from 'pino-pretty'

/**
 * Payload's log format, but coloured only when the output is a terminal that takes colour
 * (pino-pretty's own detection, which honours NO_COLOR and FORCE_COLOR): Payload's default
 * forces colour codes into piped output and log files.
 */
export const logger: Config['logger'] = { options: {}, destination: build({ ignore: 'pid,hostname,name', translateTime: 'SYS:HH:MM:ss' }) }
