import { isJsonObject } from './odata'

/** Longest raw body text kept in an error: enough to read, short enough for a toast. */
const MAX_RAW_TEXT = 300

/**
 * LoanPro's message from either error shape (docs/loanpro-api.md §1), with its detail lists:
 * `{code, message, context:{errors}}` or `{error:{message | message:{value}}, warnings}`.
 * Any other body gives its own text, whitespace collapsed and trimmed; empty gives undefined.
 */
export function readErrorMessage(bodyText: string): string | undefined {
  const fromJson = messageFromJson(tryParseJson(bodyText))
  if (fromJson) return fromJson
  const raw = bodyText.replace(/\s+/g, ' ').trim()
  if (!raw) return undefined
  return raw.length > MAX_RAW_TEXT ? `${raw.slice(0, MAX_RAW_TEXT)}…` : raw
}

/** The message of a parsed body in one of LoanPro's error shapes; undefined for anything else. */
export function readErrorShapeMessage(json: unknown): string | undefined {
  return messageFromJson(json)
}

/**
 * Whether a parsed body carries one of LoanPro's error shapes, at the root or inside `d`:
 * `error`, `warnings` with entries, or `{code, message}` (docs/loanpro-api.md §1, §6).
 */
export function hasErrorShape(json: unknown): boolean {
  if (!isJsonObject(json)) return false
  if (isJsonObject(json.error) || typeof json.error === 'string') return true
  if (Array.isArray(json.warnings) && json.warnings.length > 0) return true
  if (typeof json.code === 'string' && typeof json.message === 'string') return true
  return isJsonObject(json.d) && hasErrorShape(json.d)
}

function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

function messageFromJson(json: unknown): string | undefined {
  if (!isJsonObject(json)) return undefined
  // LoanPro may wrap an error in `d` (its SDK unwraps `d` before reading the error).
  if (isJsonObject(json.d) && !('error' in json) && !('code' in json))
    return messageFromJson(json.d)
  const error = json.error
  if (isJsonObject(error)) {
    const main = isJsonObject(error.message) ? error.message.value : error.message
    return join(textOf(main), strings(json.warnings))
  }
  const context = json.context
  const details = isJsonObject(context) ? strings(context.errors) : []
  return join(textOf(json.message), details)
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

function strings(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((item) => {
    const text = textOf(item) ?? (isJsonObject(item) ? textOf(item.message) : undefined)
    return text ? [text] : []
  })
}

function join(main: string | undefined, details: string[]): string | undefined {
  const extra = details.filter((detail) => detail !== main)
  if (!main) return extra.length > 0 ? extra.join('; ') : undefined
  return extra.length > 0 ? `${main}: ${extra.join('; ')}` : main
}

/** `Retry-After` as milliseconds: delta seconds or an HTTP date (never negative). */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (header === null) return undefined
  const text = header.trim()
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000)
  const date = Date.parse(text)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}
