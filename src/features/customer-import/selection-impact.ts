import type { RemovalValidation } from './engine/validate/removal-validation'

/** Names shown per group in the in-place preview; the rest is counted. */
export const PREVIEW_NAMES = 5

export interface ImpactGroup {
  /** "linked to loans", "not found in LoanPro", … */
  why: string
  count: number
  /** The first customers, as "1011 Pat Loaner". */
  first: string[]
}

/** What removing a selection would do: who goes, who stays and why. */
export interface SelectionImpact {
  removable: number
  firstRemovable: string[]
  blocked: number
  groups: ImpactGroup[]
}

const named = (id: string | number, name: string | undefined) =>
  name ? `${id} ${name}` : String(id)

function why(problem: RemovalValidation['problems'][number]): string {
  if (problem.reason === 'linked-to-loans') return 'linked to loans'
  if (problem.reason === 'not-found') return 'not found in LoanPro'
  return problem.message.replace(/\.$/, '').toLowerCase()
}

export function selectionImpact(validation: RemovalValidation): SelectionImpact {
  const groups = new Map<string, ImpactGroup>()
  let blocked = 0
  for (const problem of validation.problems) {
    if (problem.severity !== 'error') continue
    blocked++
    const key = why(problem)
    const group = groups.get(key) ?? { why: key, count: 0, first: [] }
    group.count++
    if (group.first.length < PREVIEW_NAMES)
      group.first.push(named(problem.customerId, problem.name))
    groups.set(key, group)
  }
  const shown = Math.min(PREVIEW_NAMES, validation.ids.length)
  const firstRemovable = Array.from({ length: shown }, (_, i) =>
    named(validation.ids[i] ?? 0, validation.names[i]),
  )
  return {
    removable: validation.ids.length,
    firstRemovable,
    blocked,
    groups: [...groups.values()].sort((a, b) => b.count - a.count),
  }
}
