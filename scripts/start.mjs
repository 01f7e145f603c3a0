// `npm start`: the compiled server in dist-server/ (plain JavaScript, production dependencies
// only). Where the build tools are installed, a missing or stale dist-server/ is built first.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'

const root = new URL('..', import.meta.url)
const entry = new URL('dist-server/main.js', root)
const buildTools = existsSync(new URL('node_modules/vite', root))

function serverStale() {
  const built = statSync(entry).mtimeMs
  // Recursive: server/team/ holds sources too.
  const sources = new URL('server/', root)
  return readdirSync(sources, { recursive: true }).some(
    (name) => statSync(new URL(name, sources)).mtimeMs > built,
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
