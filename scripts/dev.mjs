// `npm run dev` / `npm run demo`: Vite's dev server on PORT or --port (default 5173), with a
// plain message instead of Vite's stack trace when the port is taken.
import { spawn } from 'node:child_process'
import { parseArgs } from 'node:util'
import { portFree, portInUseMessage } from './port-free.mjs'

const { values, positionals } = parseArgs({
  options: { port: { type: 'string' } },
  strict: false,
  allowPositionals: true,
})
const port = Number(values.port ?? process.env.PORT ?? 5173)
const command = `npm run ${process.env.npm_lifecycle_event ?? 'dev'}`
if (!(await portFree(port, 'localhost'))) {
  console.error(portInUseMessage(port, command))
  process.exit(1)
}
const vite = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', '--port', String(port), '--strictPort', ...positionals],
  { stdio: 'inherit' },
)
vite.on('exit', (code) => process.exit(code ?? 0))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => vite.kill(signal))
