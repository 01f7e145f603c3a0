import {
  NESTED_OBJECTS,
  subExpandPaths,
  type NestedObject,
  type NestedObjectKey,
} from './nested-objects'
import { NESTED_OBJECT_READERS } from './nested-object-readers'
import type { EntityReader } from './field-readers'
import { isDeferred, isJsonObject, readExpandedCollection } from './odata'

type EntityOf<K extends NestedObjectKey> =
  (typeof NESTED_OBJECT_READERS)[K] extends EntityReader<infer T> ? T : never

/** What each nested object reads as: its entity or null for a single, a list for a collection. */
type NestedObjectTypes = {
  [O in NestedObject as O['key']]: O['kind'] extends 'single'
    ? EntityOf<O['key']> | null
    : EntityOf<O['key']>[]
}

export type NestedObjectValue<K extends NestedObjectKey> = NestedObjectTypes[K]

/** The nested objects that came back complete in one response; the rest are absent. */
export type NestedObjectValues = Partial<{ [K in NestedObjectKey]: NestedObjectValue<K> }>

/** LoanPro's default collection page (docs/loanpro-api.md §8). */
const EXPANDED_PAGE_SIZE = 50

/** undefined = unreadable, so the caller can decide between "absent" and "bad response". */
type Reader<T> = (raw: unknown) => T | undefined

function single<T>(entity: EntityReader<T>): Reader<T | null> {
  return (raw) => {
    if (raw === null || raw === undefined) return null
    if (!isJsonObject(raw) || isDeferred(raw)) return undefined
    // `{}` (or only `__metadata`) is how a single says "none".
    if (Object.keys(raw).every((key) => key === '__metadata')) return null
    return entity.read(raw) ?? undefined
  }
}

function collection<T>(entity: EntityReader<T>): Reader<T[]> {
  return (raw) => {
    const items = readExpandedCollection(raw === undefined ? null : raw)
    if (items === null) return undefined
    return items.flatMap((item) => entity.read(item) ?? []) // a null or scalar item carries nothing
  }
}

// Each row's entity reader, as one entity or a list by the row's `kind`. The cast states what
// NestedObjectTypes says row by row, which TypeScript cannot follow through a map over the rows.
const READERS = Object.fromEntries(
  NESTED_OBJECTS.map((object) => {
    const entity: EntityReader<unknown> = NESTED_OBJECT_READERS[object.key]
    return [object.key, object.kind === 'single' ? single(entity) : collection(entity)]
  }),
) as { [K in NestedObjectKey]: Reader<NestedObjectValue<K>> }

/**
 * The `d` of a per-object request (`Customers(id)/Phones`): `null`/`{}` for no single,
 * `{results}`, a bare array or null for a collection. undefined when unreadable.
 */
export function readOwnNestedObject<K extends NestedObjectKey>(
  key: K,
  d: unknown,
): NestedObjectValue<K> | undefined {
  return READERS[key](d)
}

/**
 * A nested object inside an expanded customer. undefined (absent) when it is missing,
 * deferred, unreadable, or has deferred parts it should carry (a payment account whose
 * CheckingAccount was not expanded), so that the UI asks for it on its own.
 */
export function readExpandedNestedObject<K extends NestedObjectKey>(
  key: K,
  raw: unknown,
): NestedObjectValue<K> | undefined {
  if (raw === undefined || isDeferred(raw)) return undefined
  const definition = NESTED_OBJECTS.find((object) => object.key === key)
  // Exactly one default page may be a cut-off list (a tenant that ignored `nopaging=true`):
  // the object's own request pages to the end instead.
  if (
    definition?.kind === 'collection' &&
    readExpandedCollection(raw)?.length === EXPANDED_PAGE_SIZE
  ) {
    return undefined
  }
  const parts = definition ? subExpandPaths(definition) : []
  if (parts.length > 0) {
    const items = readExpandedCollection(raw) ?? []
    const incomplete = items.some((item) => parts.some((part) => isDeferred(linkAt(item, part))))
    if (incomplete) return undefined
  }
  return READERS[key](raw)
}

/** The link at `path` below `item` (`LoanSettings/LoanStatus`), or the deferred link on the way. */
function linkAt(item: unknown, path: string): unknown {
  let value = item
  for (const name of path.split('/')) {
    if (!isJsonObject(value)) return undefined
    value = value[name]
    if (isDeferred(value)) return value
  }
  return value
}

/** Every nested object that an expanded customer carries complete. */
export function readExpandedNestedObjects(entity: unknown): NestedObjectValues {
  const values: NestedObjectValues = {}
  if (!isJsonObject(entity)) return values
  for (const { key } of NESTED_OBJECTS) assign(values, key, entity[key])
  return values
}

function assign<K extends NestedObjectKey>(values: NestedObjectValues, key: K, raw: unknown) {
  const value = readExpandedNestedObject(key, raw)
  if (value !== undefined) values[key] = value
}
