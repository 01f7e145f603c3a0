import { statSync, readFileSync } from 'node:fs'
import { withPeopleFile, type RoleRules } from './roles.ts'

// TEAM_ROLES_FILE is read at start (a broken file stops the server there) and again whenever
// it changes, so that a role given or taken away applies to the next request of everyone
// signed in, not at their next sign-in. The file is looked at (one stat) at most once per
// `recheckMs`. A broken edit is logged and the last good rules stay.

export interface RoleRulesSource {
  current(): RoleRules
}

export function roleRulesSource(
  initial: RoleRules,
  file: string | undefined,
  options: { recheckMs: number; log: (line: string) => void; now?: () => number },
): RoleRulesSource {
  if (!file) return { current: () => initial }
  const now = options.now ?? Date.now
  let rules = initial
  let checkedAt = now()
  let seen = versionOf(file)
  return {
    current() {
      if (now() - checkedAt < options.recheckMs) return rules
      checkedAt = now()
      const version = versionOf(file)
      if (version === seen) return rules
      seen = version
      try {
        rules = withPeopleFile(initial, readFileSync(file, 'utf8'))
        options.log(`TEAM_ROLES_FILE changed: roles re-read (${String(rules.people.size)} people).`)
      } catch (error) {
        options.log(
          `TEAM_ROLES_FILE changed but cannot be used, the previous roles stay: ${
            error instanceof Error ? error.message : String(error)
          }`,
        )
      }
      return rules
    },
  }
}

/** Changes when the file is written or replaced; '' when it cannot be read. */
function versionOf(file: string): string {
  try {
    const stat = statSync(file)
    return `${String(stat.ino)}:${String(stat.size)}:${String(stat.mtimeMs)}:${String(stat.ctimeMs)}`
  } catch {
    return ''
  }
}
