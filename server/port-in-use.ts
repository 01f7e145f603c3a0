/** What to say when a port is taken: which one, and how to choose another (no stack trace). */
export function portInUseMessage(port: number, command: string): string {
  const other = port === 65535 ? port - 1 : port + 1
  return (
    `Port ${String(port)} is already in use (another Customer Manager or test server?). ` +
    `Stop that process, or choose another port: PORT=${String(other)} ${command}, ` +
    `or ${command} -- --port ${String(other)}.`
  )
}
