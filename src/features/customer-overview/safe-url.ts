/** The URL when it is an absolute http(s) URL, else null: only those become links. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null
  const text = value.trim()
  if (!/^https?:\/\//i.test(text)) return null
  try {
    const url = new URL(text)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}
