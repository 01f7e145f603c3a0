import { scalarText } from './scalar-text'
import { NESTED_OBJECTS, subExpandPaths, type NestedObject } from '../api/nested-objects'
import type { CustomerRecord, Json, WireEntity } from './tenant-types'

/** A `$expand` the fake cannot satisfy: answered with 409 (LoanPro) or 400 (lenient). */
export class ExpandError extends Error {}

/** Object key → expanded sub-objects (e.g. PaymentAccounts → {CheckingAccount}). */
export type ExpandPlan = Map<string, Set<string>>

// Links that exist on these entities but that the app never expands (docs/loanpro-api.md §8).
const ALWAYS_DEFERRED: Record<string, readonly string[]> = {
  Employer: ['Address'],
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
    const [head = '', sub, ...rest] = (root ? `${root.key}/${path}` : path).split('/')
    const def = NESTED_OBJECTS.find((o) => o.key === head)
    if (!def || rest.length > 0 || (sub !== undefined && !subExpandPaths(def).includes(sub))) {
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
  return name.endsWith('ss') ? `${name}es` : `${name}s`
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
  const link = entityPath(def.entityType, entity.id)
  const out: WireEntity = { __metadata: { uri, type: def.entityType } }
  const subs = subExpandPaths(def)
  for (const [key, value] of Object.entries(entity)) {
    if (!subs.includes(key)) out[key] = value
  }
  for (const sub of subs) {
    const value = entity[sub]
    if (!expandedSubs.has(sub)) out[sub] = deferred(`${link}/${sub}`)
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      const type = `Entity.${sub}`
      out[sub] = { __metadata: { uri: entityUri(base, type, value.id), type }, ...value }
    } else out[sub] = null
  }
  for (const name of ALWAYS_DEFERRED[def.key] ?? []) out[name] = deferred(`${link}/${name}`)
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
