import { isJsonObject, parseLoanProDate, readFlag, readInteger, readMoney, readText } from './odata'

/*
 * Our own tolerant entity readers, in place of zod: every LoanPro field is read by a total
 * function from odata.ts anyway, so a schema library only added bytes (about 5 KB gzip) to
 * the first load of /customers. A missing, null or odd field becomes null (or false for a
 * flag) instead of failing the whole entity; keys not listed are dropped.
 */

/** Reads one field's raw value; never throws. */
export type FieldReader<T> = (value: unknown) => T

export type FieldReaders = Record<string, FieldReader<unknown>>

/** The clean object that a set of field readers produces. */
export type RecordOf<F extends FieldReaders> = { [K in keyof F]: ReturnType<F[K]> }

export const textField: FieldReader<string | null> = readText
export const integerField: FieldReader<number | null> = readInteger
export const moneyField: FieldReader<number | null> = readMoney
export const dateField: FieldReader<string | null> = parseLoanProDate
/** Flags are booleans in the app; an absent or unreadable flag counts as not set. */
export const flagField: FieldReader<boolean> = (value) => readFlag(value) ?? false

/** The listed fields of a JSON object, each through its reader; null when it is no object. */
export function readRecord<F extends FieldReaders>(json: unknown, fields: F): RecordOf<F> | null {
  if (!isJsonObject(json)) return null
  const record: Record<string, unknown> = {}
  for (const [key, read] of entriesOf(fields)) record[key] = read(json[key])
  return record as RecordOf<F>
}

/** Each field set's entries, listed once: search answers read thousands of rows at a time. */
const ENTRIES = new WeakMap<FieldReaders, Array<[string, FieldReader<unknown>]>>()
function entriesOf(fields: FieldReaders): Array<[string, FieldReader<unknown>]> {
  let entries = ENTRIES.get(fields)
  if (!entries) ENTRIES.set(fields, (entries = Object.entries(fields)))
  return entries
}

export type ReadResult<T> = { success: true; data: T } | { success: false; error: Error }

/** An entity reader with the parse/safeParse pair its callers and tests already use. */
export interface EntityReader<T> {
  /** The clean value, or null when the input cannot be one (not an object, no id...). */
  read: (json: unknown) => T | null
  safeParse: (json: unknown) => ReadResult<T>
  /** Throws when `read` gives null. */
  parse: (json: unknown) => T
}

export function entityReader<T>(entity: string, read: (json: unknown) => T | null) {
  const safeParse = (json: unknown): ReadResult<T> => {
    const data = read(json)
    return data === null
      ? { success: false, error: new Error(`Unreadable ${entity} in the response.`) }
      : { success: true, data }
  }
  const parse = (json: unknown): T => {
    const result = safeParse(json)
    if (!result.success) throw result.error
    return result.data
  }
  const reader: EntityReader<T> = { read, safeParse, parse }
  return reader
}

/** An entity that is exactly its listed fields. */
export function recordReader<F extends FieldReaders>(entity: string, fields: F) {
  return entityReader(entity, (json) => readRecord(json, fields))
}
