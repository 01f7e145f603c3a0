/** The rules for one row of a removal file, and for its header. Pure functions. */

import { MAX_CUSTOMER_ID } from '../../../../api/search-clauses'

export interface HeaderCheck {
  actionColumn: number
  customerIdColumn: number
  errors: string[]
  notes: string[]
}

function normaliseName(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
}

export function checkHeader(header: readonly string[]): HeaderCheck {
  const errors: string[] = []
  const notes: string[] = []
  const found = new Map<string, number[]>()
  header.forEach((name, i) => {
    const key = normaliseName(name)
    found.set(key, [...(found.get(key) ?? []), i])
  })
  const columnOf = (name: string): number => {
    const at = found.get(name.toLowerCase()) ?? []
    if (at.length === 0) {
      errors.push(
        `The header has no "${name}" column. A removal file needs the columns action and customerId.`,
      )
    } else if (at.length > 1) {
      const positions = at.map((i) => i + 1).join(' and ')
      errors.push(
        `The column "${name}" appears more than once in the header (columns ${positions}).`,
      )
    }
    return at[0] ?? -1
  }
  const actionColumn = columnOf('action')
  const customerIdColumn = columnOf('customerId')
  const extra = header
    .map((name) => name.replace(/^\uFEFF/, '').trim())
    .filter((name) => !['action', 'customerid'].includes(name.toLowerCase()))
    .map((name) => (name === '' ? '(unnamed)' : name))
  if (extra.length > 0) {
    notes.push(`Extra columns are ignored for removals: ${extra.join(', ')}.`)
  }
  return { actionColumn, customerIdColumn, errors, notes }
}

/** An error message for the `action` cell, or null when it says remove. */
export function checkAction(raw: string): string | null {
  if (raw === 'remove') return null
  const action = raw.trim().toLowerCase()
  if (action === 'remove') return null
  if (action === 'add' || action === 'update') {
    return `Action "${raw.trim()}" is not supported here; use LoanPro's import for adding or updating.`
  }
  if (action === '') return 'Action is missing; it must be "remove".'
  return `Action "${raw.trim()}" is not recognised; it must be "remove".`
}

export type CustomerIdCheck = { id: number; error?: undefined } | { id?: undefined; error: string }

/** A positive whole number up to 2^31-1, written plainly; surrounding whitespace is fine. */
export function checkCustomerId(raw: string): CustomerIdCheck {
  const plain = plainCustomerId(raw)
  if (plain > 0) return { id: plain }
  const text = raw.trim()
  if (text === '') return { error: 'Customer id is missing.' }
  if (/^\d+$/.test(text)) {
    const id = Number(text)
    if (id === 0) return { error: 'Customer id must be greater than 0.' }
    if (id > MAX_CUSTOMER_ID)
      return { error: 'Customer id is too large to be a LoanPro customer id.' }
    return { id }
  }
  if (/^[+-]/.test(text)) return { error: 'Customer id must be a whole number without a sign.' }
  if (/^\d*[.,]\d*$/.test(text))
    return { error: 'Customer id must be a whole number, without decimals.' }
  if (/^\d*\.?\d*e[+-]?\d+$/i.test(text)) {
    return { error: 'Customer id must be written out in full, not in exponent form.' }
  }
  return { error: 'Customer id is not a number.' }
}

/**
 * The id when `raw` is a valid id written as bare digits (the usual cell), else -1: the cheap
 * path for the hot loop, without trim or regex. Anything else goes through checkCustomerId.
 */
export function plainCustomerId(raw: string): number {
  const length = raw.length
  if (length === 0 || length > 10) return -1
  let id = 0
  for (let i = 0; i < length; i++) {
    const digit = raw.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return -1
    id = id * 10 + digit
  }
  return id > 0 && id <= MAX_CUSTOMER_ID ? id : -1
}
