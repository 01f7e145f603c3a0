// What the test suites need from Debian, installed through apt when missing (the browser
// downloads of `playwright install` are not reachable from these machines): Chromium for the
// browser suites, and PostgreSQL's server binaries for team mode's database and fail-over tests.
import { execSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell'
const POSTGRES_VERSIONS = '/usr/lib/postgresql'

const hasPostgres = () =>
  existsSync(POSTGRES_VERSIONS) &&
  readdirSync(POSTGRES_VERSIONS).some((version) =>
    existsSync(`${POSTGRES_VERSIONS}/${version}/bin/initdb`),
  )

const missing = []
if (existsSync(CHROMIUM)) console.log(`Chromium found at ${CHROMIUM}`)
else missing.push('chromium')
if (existsSync(HEADLESS_SHELL)) console.log(`Chromium's headless shell found at ${HEADLESS_SHELL}`)
else if (!process.env.CHROMIUM_PATH) missing.push('chromium-headless-shell')
if (hasPostgres()) console.log(`PostgreSQL found in ${POSTGRES_VERSIONS}`)
else missing.push('postgresql')

if (missing.length > 0) {
  console.log(`Installing Debian's ${missing.join(' and ')} (needs root or sudo)…`)
  const sudo = process.getuid?.() === 0 ? '' : 'sudo '
  execSync(
    `${sudo}apt-get update && ${sudo}env DEBIAN_FRONTEND=noninteractive ` +
      `apt-get install -y --no-install-recommends ${missing.join(' ')}`,
    { stdio: 'inherit' },
  )
}
