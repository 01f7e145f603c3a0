// `npm start`: the compiled server in dist-server/ (plain JavaScript, production dependencies
// only). Where the build tools are installed, a missing or stale dist-server/ is built first.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'

const root = new URL('..', import.meta.url)
const entry = new URL('dist-server/main.js', root)
const buildTools = existsSync(new URL('node_modules/vite', root))

// The server bundle holds server/ and, for team mode, the import engine and the adapter and lib
// modules it shares with the app (expand paths, CSV cells, errors).
const SERVER_SOURCES = ['server/', 'src/features/customer-import/engine/', 'src/api/', 'src/lib/']

function serverStale() {
  const built = statSync(entry).mtimeMs
  return SERVER_SOURCES.some((dir) =>
    readdirSync(new URL(dir, root), { recursive: true }).some(
      (name) => statSync(new URL(dir + name, root)).mtimeMs > built,
    ),
  )
}

if (!existsSync(entry) && !buildTools) {
  console.error(
    'The server has not been built. Run `npm run build` where the dev dependencies are ' +
      'installed, and keep dist/ and dist-server/ next to package.json.',
  )
  process.exit(1)
}
if (buildTools && !process.env.CM_SKIP_BUILD && (!existsSync(entry) || serverStale())) {
  console.log('Building the app and the server (dist/, dist-server/)...')
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit', cwd: root })
  if (build.status !== 0) process.exit(build.status ?? 1)
}
await import(entry.href)
