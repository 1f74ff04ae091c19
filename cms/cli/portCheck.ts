import net from 'node:net'

/**
 * Refuses, with a sentence naming the port and its setting, a port something already listens on.
 * Checked before any work, on every interface, as the servers will bind.
 */
export const ensurePortFree = (port: number, setting: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Port ${port} is already in use: stop what is using it, or set ${setting} to a free port (e.g. ${setting}=${port + 1} npm start).`
            : `Port ${port} (${setting}) cannot be used: ${error.message}`,
        ),
      ),
    )
    probe.listen(port, () => probe.close(() => resolve()))
  })
