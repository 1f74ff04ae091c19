/** Reads one line from a terminal without showing it: no echo, Backspace works, Ctrl+C aborts. */
const promptHidden = (question: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const input = process.stdin
    process.stdout.write(question)
    input.setRawMode(true)
    input.resume()
    input.setEncoding('utf8')
    let typed = ''
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          finish()
          return resolve(typed)
        }
        if (char === '\u0003') {
          finish()
          return reject(new Error('Cancelled: no account was created.'))
        }
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1)
        else typed += char
      }
    }
    const finish = () => {
      input.off('data', onData)
      input.setRawMode(false)
      input.pause()
      process.stdout.write('\n')
    }
    input.on('data', onData)
  })

const firstLineOfStdin = async (): Promise<string> => {
  let text = ''
  for await (const chunk of process.stdin) text += String(chunk)
  return text.split(/\r?\n/)[0] ?? ''
}

/**
 * A new password: typed twice at a terminal, never shown, or else the first line of standard
 * input (`printf '%s\n' "$PASSWORD" | npm run create-admin -- ...`). Never a command-line
 * argument, which other users of the machine can read in the process list.
 */
export const readNewPassword = async (): Promise<string> => {
  if (!process.stdin.isTTY) return firstLineOfStdin()
  const first = await promptHidden('Password: ')
  const again = await promptHidden('Password again: ')
  if (first !== again) throw new Error('The two passwords differ: no account was created. Run the command again.')
  return first
}
