import {
  buildCustomerSearchRequest,
  buildIdLookupRequest,
  buildKeysetRequest,
  buildStatusCountsRequest,
  escapeQueryString,
  isSensitiveQuery,
  parseStatusCounts,
  ranksByRelevance,
  parseCustomerSearchResponse,
  TEXT_SEARCH_FIELDS,
  type CustomerSearchParams,
} from './search-query'

const base: CustomerSearchParams = {
  q: '',
  page: 1,
  pageSize: 25,
  sort: { field: 'id', direction: 'asc' },
}

const bodyFor = (q: string, extra: Partial<CustomerSearchParams> = {}) =>
  buildCustomerSearchRequest({ ...base, ...extra, q }).body.query

/** The wildcard clause of a text search (its `must`; the `should` clauses rank). */
const textClause = (q: string) => {
  const body = bodyFor(q) as { bool?: { must?: unknown[] }; query_string?: unknown }
  return (body.bool?.must?.[0] ?? body) as { query_string?: { query: string } }
}

const RANKING = (text: string) => [
  { match: { customerName: { query: text, operator: 'and', boost: 4 } } },
  { match: { lastName: { query: text, boost: 3 } } },
  { match: { companyName: { query: text, operator: 'and', boost: 2 } } },
]

describe('buildCustomerSearchRequest', () => {
  it('puts paging in the URL and the sort, ending with id, in the body', () => {
    const request = buildCustomerSearchRequest({
      ...base,
      page: 3,
      pageSize: 50,
      sort: { field: 'name', direction: 'desc' },
    })
    expect(request.path).toBe('Customers/Autopal.Search()')
    expect(request.query).toEqual({ $top: 50, $start: 100, $orderby: 'lastName desc' })
    expect(request.body.sort).toEqual([
      { lastName: { order: 'desc' } },
      { firstName: { order: 'desc' } },
      { companyName: { order: 'desc' } },
      { id: { order: 'asc' } },
    ])
  })

  it('maps every sort field and always adds id as the tie-breaker', () => {
    const sortOf = (field: CustomerSearchParams['sort']['field']) =>
      buildCustomerSearchRequest({ ...base, sort: { field, direction: 'asc' } })
    expect(
      ['id', 'name', 'status', 'type', 'created'].map((f) => sortOf(f as never).query.$orderby),
    ).toEqual(['id asc', 'lastName asc', 'status asc', 'customerType asc', 'created asc'])
    expect(sortOf('status').body.sort).toEqual([
      { status: { order: 'asc' } },
      { id: { order: 'asc' } },
    ])
    expect(sortOf('id').body.sort).toEqual([{ id: { order: 'asc' } }])
  })

  it('matches all for an empty or blank query, and for `*` alone', () => {
    expect(bodyFor('')).toEqual({ match_all: {} })
    expect(bodyFor('   ')).toEqual({ match_all: {} })
    expect(bodyFor('*')).toEqual({ match_all: {} })
    expect(bodyFor(' ** ')).toEqual({ match_all: {} })
  })

  it('searches a whole number as an exact id or a keyword fragment', () => {
    expect(bodyFor(' 1042 ')).toEqual({
      bool: {
        should: [
          { term: { id: 1042 } },
          {
            query_string: {
              query: '*1042*',
              fields: ['customId', 'primaryPhone', 'zipcode', 'primaryAddress.zipcode'],
              default_operator: 'AND',
            },
          },
        ],
        minimum_should_match: 1,
      },
    })
  })

  it('reads #1001 and "id 1001" as ids, with a scoring clause', () => {
    const byId = { constant_score: { filter: { term: { id: 1001 } } } }
    expect(bodyFor('#1001')).toEqual(byId)
    expect(bodyFor('id 1001')).toEqual(byId)
    expect(bodyFor('ID:1001')).toEqual(byId)
    expect(bodyFor('# 1001')).toEqual(byId)
  })

  it('reads a punctuated phone number as its digits', () => {
    const phone = {
      query_string: { query: '*3125550101*', fields: ['primaryPhone'], default_operator: 'AND' },
    }
    for (const typed of ['(312) 555-0101', '312-555-0101', '312.555.0101', '+1 312 555 0101']) {
      expect(bodyFor(typed), typed).toEqual(phone)
    }
    expect(buildCustomerSearchRequest({ ...base, q: '(312) 555-0101' }).query.$orderby).toBe(
      'id asc',
    )
  })

  it('reads 123-45-6789 as an SSN, and nine digits as an id, a fragment or an SSN', () => {
    expect(bodyFor('123-45-6789')).toEqual({
      constant_score: { filter: { term: { ssn: '123456789' } } },
    })
    expect(bodyFor('123456789')).toEqual({
      bool: {
        should: [
          { term: { id: 123456789 } },
          {
            query_string: {
              query: '*123456789*',
              fields: ['customId', 'primaryPhone', 'zipcode', 'primaryAddress.zipcode'],
              default_operator: 'AND',
            },
          },
          { term: { ssn: '123456789' } },
        ],
        minimum_should_match: 1,
      },
    })
    expect(isSensitiveQuery('123-45-6789')).toBe(true)
    expect(isSensitiveQuery('123456789')).toBe(true)
    expect(isSensitiveQuery('1001')).toBe(false)
    expect(isSensitiveQuery('smith')).toBe(false)
  })

  it('reads a full e-mail address as that address', () => {
    expect(bodyFor('Nora.Whitfield@example.com')).toEqual({
      query_string: { query: '"Nora.Whitfield@example.com"', fields: ['email'] },
    })
  })

  it('reads "Last, First" as a last name and a first name', () => {
    expect(bodyFor('Smith, Michael')).toEqual({
      bool: {
        must: [
          {
            query_string: {
              query: '*Smith*',
              fields: ['lastName', 'companyName'],
              default_operator: 'AND',
            },
          },
          {
            query_string: {
              query: '*Michael*',
              fields: ['firstName', 'middleName'],
              default_operator: 'AND',
            },
          },
        ],
        should: [{ match: { lastName: { query: 'Smith', boost: 3 } } }],
      },
    })
  })

  it('reads "City, ST" as a city and a state (or a name, when the state is also a name)', () => {
    const body = bodyFor('Chicago, il') as {
      bool: { should: unknown[]; minimum_should_match: number }
    }
    expect(body.bool.minimum_should_match).toBe(1)
    expect(body.bool.should[1]).toEqual({
      bool: {
        must: [
          { query_string: { query: '"Chicago"', fields: ['city', 'primaryAddress.city'] } },
          {
            bool: {
              should: [{ match: { state: 'IL' } }, { match: { 'primaryAddress.state': 'IL' } }],
              minimum_should_match: 1,
            },
          },
        ],
      },
    })
    expect(body.bool.should[0]).toMatchObject({
      bool: {
        must: [
          { query_string: { query: '*Chicago*', fields: ['lastName', 'companyName'] } },
          { query_string: { query: '*il*', fields: ['firstName', 'middleName'] } },
        ],
      },
    })
    expect((bodyFor('San Jose, CA') as typeof body).bool.should[1]).toMatchObject({
      bool: { must: [{ query_string: { query: '"San Jose"' } }, {}] },
    })
  })

  it('wraps every word of text in wildcards over the name, keyword and both address fields', () => {
    expect(bodyFor('smith')).toEqual({
      bool: {
        must: [
          {
            query_string: {
              query: '*smith*',
              fields: [...TEXT_SEARCH_FIELDS],
              default_operator: 'AND',
            },
          },
        ],
        should: RANKING('smith'),
      },
    })
    expect(textClause('john   smith')).toMatchObject({ query_string: { query: '*john* *smith*' } })
    expect(textClause("  O'Brien ")).toMatchObject({ query_string: { query: "*O'Brien*" } })
    expect(TEXT_SEARCH_FIELDS).toEqual(
      expect.arrayContaining(['customerName', 'firstName', 'lastName', 'companyName', 'email']),
    )
    for (const [bare, nested] of [
      ['city', 'primaryAddress.city'],
      ['zipcode', 'primaryAddress.zipcode'],
      ['state', 'primaryAddress.state'],
    ]) {
      expect(TEXT_SEARCH_FIELDS).toEqual(expect.arrayContaining([bare, nested]))
    }
  })

  it('ranks a text search by score unless a sort was picked', () => {
    const ranked = buildCustomerSearchRequest({ ...base, q: 'smith' })
    expect(ranked.query).toEqual({ $top: 25, $start: 0, $orderby: undefined })
    expect(ranked.body.sort).toEqual([{ _score: { order: 'desc' } }, { id: { order: 'asc' } }])
    expect(ranksByRelevance({ q: 'smith', sort: { field: 'id', direction: 'asc' } })).toBe(true)
    expect(ranksByRelevance({ q: 'smith', sort: { field: 'id', direction: 'desc' } })).toBe(false)
    expect(ranksByRelevance({ q: 'smith', sort: { field: 'name', direction: 'asc' } })).toBe(false)
    expect(ranksByRelevance({ q: '1001', sort: { field: 'id', direction: 'asc' } })).toBe(false)
  })

  it('escapes query_string syntax in typed text', () => {
    expect(escapeQueryString('a+b-c=d&&e||f>g<h!i(j)k{l}m[n]o^p"q~r?s:t\\u/v')).toBe(
      'a\\+b\\-c\\=d\\&\\&e\\|\\|f\\>g\\<h\\!i\\(j\\)k\\{l\\}m\\[n\\]o\\^p\\"q\\~r\\?s\\:t\\\\u\\/v',
    )
    expect(textClause('ann-marie (x)')).toMatchObject({
      query_string: { query: '*ann\\-marie* *\\(x\\)*' },
    })
  })

  it('keeps hostile or odd text a literal, valid query_string', () => {
    const query = (q: string) => textClause(q).query_string?.query
    expect(query('a/b')).toBe('*a\\/b*')
    expect(query('foo:bar')).toBe('*foo\\:bar*')
    expect(query('(')).toBe('*\\(*')
    expect(query('"')).toBe('*\\"*')
    expect(query('AND')).toBe('*AND*')
    expect(query('😀 ñandú')).toBe('*😀* *ñandú*')
    // `<` and `>` cannot be escaped in OpenSearch's query_string: they are dropped.
    expect(query('a<b>c')).toBe('*abc*')
    expect(bodyFor('<< >')).toEqual({ bool: { must_not: [{ match_all: {} }] } })
    // Every word costs a clause per field; OpenSearch refuses more than 1024 clauses.
    const long = Array.from({ length: 150 }, (_, i) => `w${i}`).join(' ')
    expect(query(long)?.split(' ')).toHaveLength(12)
    expect(query('x'.repeat(300))).toBe(`*${'x'.repeat(300)}*`)
  })

  it('sends an id term only for numbers an id can be', () => {
    expect(bodyFor('0')).toMatchObject({ bool: { should: [{ term: { id: 0 } }, {}] } })
    expect(bodyFor('007')).toMatchObject({
      bool: { should: [{ term: { id: 7 } }, { query_string: { query: '*007*' } }] },
    })
    expect(bodyFor('2147483647')).toMatchObject({
      bool: { should: [{ term: { id: 2147483647 } }, {}] },
    })
    // Beyond 32 bits OpenSearch answers 400 for a term on an integer field.
    for (const big of ['2147483648', '99999999999999999999']) {
      expect(bodyFor(big)).toEqual({
        bool: {
          should: [
            {
              query_string: {
                query: `*${big}*`,
                fields: ['customId', 'primaryPhone', 'zipcode', 'primaryAddress.zipcode'],
                default_operator: 'AND',
              },
            },
          ],
          minimum_should_match: 1,
        },
      })
    }
    expect(bodyFor('#99999999999')).toEqual({ bool: { must_not: [{ match_all: {} }] } })
    expect(textClause('-5')).toMatchObject({ query_string: { query: '*\\-5*' } })
  })

  it('filters status and type with match (term misses multi-word labels)', () => {
    expect(bodyFor('smith', { status: 'Pending Review', customerType: 'company' })).toEqual({
      bool: {
        must: [bodyFor('smith')],
        filter: [
          { match: { status: { query: 'Pending Review', operator: 'and' } } },
          {
            bool: {
              should: [
                { match: { customerType: 'customer.type.company' } },
                { match: { customerType: 'company' } },
              ],
              minimum_should_match: 1,
            },
          },
        ],
      },
    })
  })
})

describe('buildKeysetRequest', () => {
  it('asks for the matches above the last id seen, by id, from the start', () => {
    expect(buildKeysetRequest({ q: '', status: 'Active' }, 12345, 500)).toEqual({
      path: 'Customers/Autopal.Search()',
      query: { $top: 500, $start: 0, $orderby: 'id asc' },
      body: {
        query: {
          bool: {
            must: [{ match_all: {} }],
            filter: [
              { match: { status: { query: 'Active', operator: 'and' } } },
              { range: { id: { gt: 12345 } } },
            ],
          },
        },
        sort: [{ id: { order: 'asc' } }],
      },
    })
  })
})

describe('buildIdLookupRequest', () => {
  it('asks for the ids in one request with a scoring clause, page sized to fit', () => {
    expect(buildIdLookupRequest([5, 3, 5])).toEqual({
      path: 'Customers/Autopal.Search()',
      query: { $top: 2, $start: 0, $orderby: 'id asc' },
      body: {
        query: { constant_score: { filter: { terms: { id: [5, 3] } } } },
        sort: [{ id: { order: 'asc' } }],
      },
    })
    // `$top` is the number of ids: up to OpenSearch's 10,000 result window, not past it.
    const ids = (n: number) => Array.from({ length: n }, (_, i) => i + 1)
    expect(buildIdLookupRequest(ids(10_000)).query).toMatchObject({ $top: 10_000, $start: 0 })
    expect(() => buildIdLookupRequest(ids(10_001))).toThrow(RangeError)
  })
})

describe('buildStatusCountsRequest / parseStatusCounts', () => {
  it('asks for a terms aggregation on status and reads its labels, most used first', () => {
    expect(buildStatusCountsRequest().body).toEqual({
      query: { match_all: {} },
      aggs: { statuses: { terms: { field: 'status', size: 200 } } },
    })
    const answer = {
      d: {
        results: [],
        summary: {
          aggregations: {
            statuses: {
              buckets: [
                { key: 'Active', doc_count: 9 },
                { key: 'Charged Off', doc_count: 2 },
                { key: '', doc_count: 1 },
              ],
            },
          },
        },
      },
    }
    expect(parseStatusCounts(answer)).toEqual(['Active', 'Charged Off'])
    expect(parseStatusCounts({ d: { results: [] } })).toEqual([])
  })
})

describe('parseCustomerSearchResponse', () => {
  const row = { id: 7, customerType: 'customer.type.individual', firstName: 'Ann', lastName: 'Lee' }

  it('reads the total from whichever key is there', () => {
    expect(parseCustomerSearchResponse({ results: [row], summary: { total: 12 } }).total).toBe(12)
    expect(parseCustomerSearchResponse({ results: [], summary: { totalHits: '3' } }).total).toBe(3)
    expect(
      parseCustomerSearchResponse({ results: [], summary: { hits: { total: { value: 9 } } } })
        .total,
    ).toBe(9)
    expect(parseCustomerSearchResponse({ results: [], summary: { start: 0 } }).total).toBeNull()
    expect(parseCustomerSearchResponse({ d: { results: [row] } })).toMatchObject({ total: null })
  })

  it('returns clean rows, and refuses a row without an id', () => {
    expect(parseCustomerSearchResponse({ results: [row] }).rows[0]).toMatchObject({
      id: 7,
      displayName: 'Ann Lee',
      customerType: 'individual',
    })
    expect(() => parseCustomerSearchResponse({ results: [{ firstName: 'x' }] })).toThrow(
      expect.objectContaining({ kind: 'bad-response' }),
    )
    expect(() => parseCustomerSearchResponse('x')).toThrow()
  })

  it('puts back the leading zeros of an SSN or zip code sent as an integer', () => {
    const [parsed] = parseCustomerSearchResponse({
      results: [{ ...row, ssn: 12345678, primaryAddress: { zipcode: 2134, city: 12 } }],
    }).rows
    expect(parsed).toMatchObject({ ssn: '012345678', zipcode: '02134', city: '12' })
    const [asText] = parseCustomerSearchResponse({
      results: [{ ...row, ssn: '12345678', primaryAddress: null, loansCount: null }],
    }).rows
    expect(asText).toMatchObject({ ssn: '12345678', zipcode: null, loansCount: null })
  })
})
