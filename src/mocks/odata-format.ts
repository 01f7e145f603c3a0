import { scalarText } from './scalar-text'
import { NESTED_OBJECTS, subExpandPaths, type NestedObject } from '../api/nested-objects'
import type { CustomerRecord, Json, WireEntity } from './tenant-types'

/** A `$expand` the fake cannot satisfy: answered with 409 (LoanPro) or 400 (lenient). */
export class ExpandError extends Error {}

/**
 * Object key → expanded sub-objects, as paths below it (PaymentAccounts → {CheckingAccount},
 * Loans → {LoanSettings, LoanSettings/LoanStatus}).
 */
export type ExpandPlan = Map<string, Set<string>>

// Links that exist on these entities but that the app never expands (docs/loanpro-api.md §8).
// Keyed by the path of the entity that carries them.
const ALWAYS_DEFERRED: Record<string, readonly string[]> = {
  Employer: ['Address'],
  'Loans/LoanSettings': ['LoanSubStatus'],
  Notes: ['Attachments'],
  Documents: ['FileAttachment', 'DocSection'],
  References: ['Address'],
}

export function parseExpand(value: string | null, root?: NestedObject): ExpandPlan {
  const plan: ExpandPlan = new Map()
  if (!value) return plan
  for (const raw of value.split(',')) {
    const path = raw.trim()
    if (!path) continue
    const [head = '', ...below] = (root ? `${root.key}/${path}` : path).split('/')
    const sub = below.length > 0 ? below.join('/') : undefined
    const def = NESTED_OBJECTS.find((o) => o.key === head)
    if (!def || (sub !== undefined && !subExpandPaths(def).includes(sub))) {
      throw new ExpandError(`Invalid $expand path "${path}"`)
    }
    const subs = plan.get(head) ?? new Set<string>()
    if (sub !== undefined) subs.add(sub)
    plan.set(head, subs)
  }
  return plan
}

function entitySet(entityType: string): string {
  const name = entityType.replace(/^Entity\./, '')
  if (name.endsWith('ss')) return `${name}es`
  // `LoanSettings(id=18)`, `LoanStatus(id=2)`: as recorded in LoanPro's SDK templates.
  return name.endsWith('s') ? name : `${name}s`
}

export function entityUri(base: string, entityType: string, id: Json | undefined): string {
  return `${base}odata.svc/${entityPath(entityType, id)}`
}

/** `Phones(id=7)`: deferred links are written relative to the service (as recorded). */
function entityPath(entityType: string, id: Json | undefined): string {
  return `${entitySet(entityType)}(id=${scalarText(id)})`
}

/** LoanPro has been seen writing both URI styles; pick one per customer, deterministically. */
export function customerPath(id: number): string {
  return id % 2 === 0 ? `Customers(id=${id})` : `Customers(${id})`
}

function deferred(uri: string): Json {
  return { __deferred: { uri } }
}

/** One nested entity with `__metadata`, its sub-objects inline or deferred. */
export function formatNestedEntity(
  def: NestedObject,
  entity: WireEntity,
  expandedSubs: ReadonlySet<string>,
  base: string,
): WireEntity {
  const uri = entityUri(base, def.entityType, entity.id)
  const out: WireEntity = { __metadata: { uri, type: def.entityType } }
  const at = { path: def.key, link: entityPath(def.entityType, entity.id) }
  return withLinks(out, entity, at, subExpandPaths(def), [...expandedSubs], base)
}

/** The paths below `name` in `paths`, relative to it (`LoanSettings/LoanStatus` → `LoanStatus`). */
function pathsBelow(paths: readonly string[], name: string): string[] {
  return paths.filter((p) => p.startsWith(`${name}/`)).map((p) => p.slice(name.length + 1))
}

/**
 * `entity`'s fields added to `out`; its links (the first segments of `paths`) inline when
 * `expanded` names them or a path below them, else deferred; one level down, the same again.
 */
function withLinks(
  out: WireEntity,
  entity: WireEntity,
  at: { path: string; link: string },
  paths: readonly string[],
  expanded: readonly string[],
  base: string,
): WireEntity {
  const links = [...new Set(paths.map((p) => p.split('/')[0] ?? p))]
  for (const [key, value] of Object.entries(entity)) {
    if (!links.includes(key)) out[key] = value
  }
  for (const name of links) {
    const value = entity[name]
    const below = pathsBelow(expanded, name)
    if (!expanded.includes(name) && below.length === 0) out[name] = deferred(`${at.link}/${name}`)
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      const type = `Entity.${name}`
      const inner: WireEntity = { __metadata: { uri: entityUri(base, type, value.id), type } }
      const next = { path: `${at.path}/${name}`, link: entityPath(type, value.id) }
      out[name] = withLinks(inner, value, next, pathsBelow(paths, name), below, base)
    } else out[name] = null
  }
  for (const name of ALWAYS_DEFERRED[at.path] ?? []) out[name] = deferred(`${at.link}/${name}`)
  return out
}

/** The value of an expanded object inside the customer, in the variant this customer gets. */
function expandedValue(
  def: NestedObject,
  value: WireEntity | WireEntity[] | null,
  subs: ReadonlySet<string>,
  base: string,
  customerId: number,
  position: number,
  pageLimit: number,
): Json {
  if (!Array.isArray(value)) return value ? formatNestedEntity(def, value, subs, base) : null
  if (value.length === 0) {
    const variants: Json[] = [{ results: [] }, [], null]
    return variants[(customerId + position) % variants.length] ?? null
  }
  // Inside `$expand` a collection is paged too, and says nothing about the rest.
  const items = value.slice(0, pageLimit).map((e) => formatNestedEntity(def, e, subs, base))
  return customerId % 2 === 0 ? { results: items } : items
}

/**
 * The customer with the objects in `plan` expanded; expanded collections stop at
 * `pageLimit` items (LoanPro's default page of 50 unless the request said `nopaging=true`).
 */
export function formatCustomer(
  record: CustomerRecord,
  base: string,
  plan: ExpandPlan,
  pageLimit = Infinity,
): WireEntity {
  const id = Number(record.entity.id)
  const out: WireEntity = {
    __metadata: { uri: `${base}odata.svc/Customers(id=${id})`, type: 'Entity.Customer' },
    ...record.entity,
  }
  NESTED_OBJECTS.forEach((def, position) => {
    const subs = plan.get(def.key)
    out[def.key] = subs
      ? expandedValue(def, record.nested[def.key], subs, base, id, position, pageLimit)
      : deferred(`${customerPath(id)}/${def.key}`)
  })
  return out
}
