// Playwright drives Debian's Chromium: the browser downloads of `playwright install` are not
// reachable from these machines. Installs it through apt when it is missing.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (existsSync(CHROMIUM)) {
  console.log(`Chromium found at ${CHROMIUM}`)
} else {
  console.log("Chromium is missing: installing Debian's package (needs root or sudo)…")
  const sudo = process.getuid?.() === 0 ? '' : 'sudo '
  execSync(
    `${sudo}apt-get update && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium`,
    { stdio: 'inherit' },
  )
}
