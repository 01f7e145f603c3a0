import { readSearchIntent, type SearchIntent } from './search-intent'

/*
 * The query part of a search body, from what was typed (search-intent.ts). Only this subset
 * of the OpenSearch DSL is used, and the demo tenant implements it too: bool, constant_score,
 * term(s), match, range, match_all and query_string (AND, `*word*`).
 */

type Clause = Record<string, unknown>

/**
 * Fields a text search looks in (docs/loanpro-api.md §3, §8). LoanPro's keyword box names the
 * address by bare `city`/`zipcode`/`state`, a recorded document nests them under
 * `primaryAddress`: both spellings are named (unknown fields are ignored).
 */
export const TEXT_SEARCH_FIELDS = [
  'customerName',
  'firstName',
  'lastName',
  'companyName',
  'email',
  'primaryPhone',
  'customId',
  'city',
  'primaryAddress.city',
  'zipcode',
  'primaryAddress.zipcode',
  'state',
  'primaryAddress.state',
] as const

/** Keyword fields where a typed number may also appear (an id is matched exactly). */
export const NUMBER_SEARCH_FIELDS = [
  'customId',
  'primaryPhone',
  'zipcode',
  'primaryAddress.zipcode',
] as const

const CITY_FIELDS = ['city', 'primaryAddress.city']
const STATE_FIELDS = ['state', 'primaryAddress.state']

/** Escapes query_string syntax so that typed text is searched for literally. */
export function escapeQueryString(word: string): string {
  return word.replace(/[+\-=&|><!(){}[\]^"~?:\\/]/g, (char) => `\\${char}`)
}

/**
 * Each word becomes a wildcard clause per field, and OpenSearch refuses a query of more than
 * 1024 clauses (`too_many_clauses`), so a long paste keeps only its first words.
 */
export const MAX_SEARCH_WORDS = 12

/**
 * The largest `id` a term query may carry: LoanPro ids are 32-bit, and OpenSearch answers
 * 400 for a term outside an integer field's range.
 */
export const MAX_CUSTOMER_ID = 2_147_483_647

/** Scores: a filter alone scores 0, and LoanPro drops such hits (docs/loanpro-api.md §8). */
export function scored(filter: Clause): Clause {
  return { constant_score: { filter } }
}

function wildcardQuery(words: string[], fields: readonly string[]): Clause {
  const query = words.map((word) => `*${word}*`).join(' ')
  return { query_string: { query, fields: [...fields], default_operator: 'AND' } }
}

/** A quoted phrase: the whole value, searched literally. */
function phraseQuery(text: string, fields: readonly string[]): Clause {
  return { query_string: { query: `"${text.replace(/["\\]/g, '\\$&')}"`, fields: [...fields] } }
}

/**
 * The escaped words of a text search. OpenSearch's query_string cannot escape `<` and `>`
 * (even escaped they may start a range), so they are removed first; words left empty go.
 */
function searchWords(q: string): string[] {
  return q
    .split(/\s+/)
    .map((word) => escapeQueryString(word.replace(/[<>]/g, '')))
    .filter((word) => word !== '')
    .slice(0, MAX_SEARCH_WORDS)
}

const NOTHING: Clause = { bool: { must_not: [{ match_all: {} }] } }

/**
 * Ranks exact names first: a full-name match, then a last-name match, score above the
 * constant score of the wildcard clause, and shorter names (fewer words) score higher.
 */
function relevance(text: string): Clause[] {
  return [
    { match: { customerName: { query: text, operator: 'and', boost: 4 } } },
    { match: { lastName: { query: text, boost: 3 } } },
    { match: { companyName: { query: text, operator: 'and', boost: 2 } } },
  ]
}

function withRelevance(must: Clause, text: string): Clause {
  return { bool: { must: [must], should: relevance(text) } }
}

function numberClause(digits: string): Clause {
  const should: Clause[] = [wildcardQuery([digits], NUMBER_SEARCH_FIELDS)]
  if (Number(digits) <= MAX_CUSTOMER_ID) should.unshift({ term: { id: Number(digits) } })
  // Nine digits may be an SSN (LoanPro's own box matches it too).
  if (digits.length === 9) should.push({ term: { ssn: digits } })
  return { bool: { should, minimum_should_match: 1 } }
}

function nameOrPlace(intent: Extract<SearchIntent, { kind: 'name-or-place' }>): Clause {
  const last = searchWords(intent.before)
  const first = searchWords(intent.after)
  const name: Clause = {
    bool: {
      must: [
        wildcardQuery(last, ['lastName', 'companyName']),
        wildcardQuery(first, ['firstName', 'middleName']),
      ],
      should: [{ match: { lastName: { query: intent.before, boost: 3 } } }],
    },
  }
  if (!intent.state) return name
  // `Chicago, IL` is a city and a state; `Smith, Al` may also be a name: either matches.
  const place: Clause = {
    bool: {
      must: [
        phraseQuery(intent.before, CITY_FIELDS),
        {
          bool: {
            should: STATE_FIELDS.map((field) => ({ match: { [field]: intent.state } })),
            minimum_should_match: 1,
          },
        },
      ],
    },
  }
  return { bool: { should: [name, place], minimum_should_match: 1 } }
}

/** The query for what was typed; text searches carry relevance clauses. */
export function intentQuery(intent: SearchIntent): Clause {
  switch (intent.kind) {
    case 'all':
      return { match_all: {} }
    case 'number':
      return numberClause(intent.digits)
    case 'id':
      return intent.id <= MAX_CUSTOMER_ID ? scored({ term: { id: intent.id } }) : NOTHING
    case 'phone':
      // Stored as digits (docs/loanpro-api.md §8): search the digits, whatever was typed.
      return wildcardQuery([intent.digits], ['primaryPhone'])
    case 'ssn':
      return scored({ term: { ssn: intent.digits } })
    case 'email':
      return phraseQuery(intent.email, ['email'])
    case 'name-or-place':
      return nameOrPlace(intent)
    case 'words': {
      const words = searchWords(intent.text)
      // Nothing searchable left (only `<` or `>`): nothing can match it.
      if (words.length === 0) return NOTHING
      return withRelevance(wildcardQuery(words, TEXT_SEARCH_FIELDS), intent.text)
    }
  }
}

/** Text searches rank by score when no sort was picked; ids, phones, e-mails do not need to. */
export function isRankedIntent(intent: SearchIntent): boolean {
  return intent.kind === 'words' || intent.kind === 'name-or-place'
}

export { readSearchIntent }
