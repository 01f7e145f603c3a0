/** Request JSON is untrusted: only strings, numbers and booleans have a text form here. */
export function scalarText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : ''
}
