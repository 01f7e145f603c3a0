import net from 'node:net'

/** Resolves true when nothing listens on host:port (so the caller can say so before starting). */
export function portFree(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, host, () => probe.close(() => resolve(true)))
  })
}

/** Same wording as server/port-in-use.ts (which the compiled server cannot import from here). */
export function portInUseMessage(port, command) {
  const other = port === 65535 ? port - 1 : port + 1
  return (
    `Port ${port} is already in use (another Customer Manager or test server?). ` +
    `Stop that process, or choose another port: PORT=${other} ${command}, ` +
    `or ${command} -- --port ${other}.`
  )
}
