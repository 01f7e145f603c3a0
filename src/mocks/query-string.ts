import { FIELD_SEPARATOR } from './search-index'
import { normalizeText } from './text-normalize'

/** Tests one document by its position in the index. */
export type DocPredicate = (position: number) => boolean

/** A word with query_string's `*`/`?` wildcards, as a string with `\` escapes kept apart. */
export interface Word {
  parts: Array<{ literal: string } | { wildcard: '*' | '?' }>
}

/** Splits a query_string into words; backslash escapes a character; quotes group a phrase. */
export function parseQueryString(query: string): Word[] {
  const words: Word[] = []
  let current: Word['parts'] = []
  let literal = ''
  let quoted = false
  const flushLiteral = () => {
    if (literal) current.push({ literal: normalizeText(literal) })
    literal = ''
  }
  const flushWord = () => {
    flushLiteral()
    const only = current[0]
    const isOperator =
      current.length === 1 && only && 'literal' in only && /^(and|or)$/.test(only.literal)
    if (current.length > 0 && !isOperator) words.push({ parts: current })
    current = []
  }
  for (let i = 0; i < query.length; i++) {
    const ch = query.charAt(i)
    if (ch === '\\' && i + 1 < query.length) {
      literal += query.charAt(++i)
    } else if (ch === '"') {
      quoted = !quoted
    } else if (!quoted && /\s/.test(ch)) {
      flushWord()
    } else if (!quoted && (ch === '*' || ch === '?')) {
      flushLiteral()
      current.push({ wildcard: ch })
    } else {
      literal += ch
    }
  }
  flushWord()
  return words
}

const BOUNDARY = `[^a-z0-9\\u0080-\\uffff]`
const regexEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function wordTest(word: Word): (text: string) => boolean {
  const [first] = word.parts
  const last = word.parts[word.parts.length - 1]
  const middle = word.parts[1]
  // The common keyword case `*smith*`: a plain substring test.
  if (
    word.parts.length === 3 &&
    first &&
    'wildcard' in first &&
    first.wildcard === '*' &&
    middle &&
    'literal' in middle &&
    last &&
    'wildcard' in last &&
    last.wildcard === '*'
  ) {
    const needle = middle.literal
    return (text) => text.includes(needle)
  }
  const body = word.parts
    .map((part) =>
      'literal' in part
        ? regexEscape(part.literal)
        : part.wildcard === '*'
          ? `[^${FIELD_SEPARATOR}]*`
          : `[^${FIELD_SEPARATOR}]`,
    )
    .join('')
  const regex = new RegExp(`(?:^|${BOUNDARY})${body}(?=$|${BOUNDARY})`)
  return (text) => regex.test(text)
}

export function textPredicate(texts: readonly string[], words: Word[], and: boolean): DocPredicate {
  if (words.length === 0) return () => true
  const tests = words.map(wordTest)
  return (p) => {
    const text = texts[p] ?? ''
    return and ? tests.every((t) => t(text)) : tests.some((t) => t(text))
  }
}
