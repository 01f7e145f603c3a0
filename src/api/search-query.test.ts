import {
  buildCustomerSearchRequest,
  buildIdLookupRequest,
  escapeQueryString,
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

describe('buildCustomerSearchRequest', () => {
  it('puts paging and sort only in the URL', () => {
    const request = buildCustomerSearchRequest({
      ...base,
      page: 3,
      pageSize: 50,
      sort: { field: 'name', direction: 'desc' },
    })
    expect(request.path).toBe('Customers/Autopal.Search()')
    expect(request.query).toEqual({ $top: 50, $start: 100, $orderby: 'customerName desc' })
    expect(Object.keys(request.body)).toEqual(['query'])
  })

  it('maps every sort field', () => {
    const orderBy = (field: CustomerSearchParams['sort']['field']) =>
      buildCustomerSearchRequest({ ...base, sort: { field, direction: 'asc' } }).query.$orderby
    expect(['id', 'name', 'status', 'type', 'created'].map((f) => orderBy(f as never))).toEqual([
      'id asc',
      'customerName asc',
      'status asc',
      'customerType asc',
      'created asc',
    ])
  })

  it('matches all for an empty or blank query', () => {
    expect(bodyFor('')).toEqual({ match_all: {} })
    expect(bodyFor('   ')).toEqual({ match_all: {} })
  })

  it('searches a whole number as an exact id or a keyword fragment', () => {
    expect(bodyFor(' 1042 ')).toEqual({
      bool: {
        should: [
          { term: { id: 1042 } },
          {
            query_string: {
              query: '*1042*',
              fields: ['customId', 'primaryPhone', 'primaryAddress.zipcode'],
              default_operator: 'AND',
            },
          },
        ],
        minimum_should_match: 1,
      },
    })
  })

  it('wraps every word of text in wildcards over the name and keyword fields', () => {
    expect(bodyFor('smith')).toEqual({
      query_string: { query: '*smith*', fields: [...TEXT_SEARCH_FIELDS], default_operator: 'AND' },
    })
    expect(bodyFor('john   smith')).toMatchObject({ query_string: { query: '*john* *smith*' } })
    expect(bodyFor("  O'Brien ")).toMatchObject({ query_string: { query: "*O'Brien*" } })
    expect(TEXT_SEARCH_FIELDS).toEqual(
      expect.arrayContaining(['customerName', 'firstName', 'lastName', 'companyName', 'email']),
    )
  })

  it('escapes query_string syntax in typed text', () => {
    expect(escapeQueryString('a+b-c=d&&e||f>g<h!i(j)k{l}m[n]o^p"q~r?s:t\\u/v')).toBe(
      'a\\+b\\-c\\=d\\&\\&e\\|\\|f\\>g\\<h\\!i\\(j\\)k\\{l\\}m\\[n\\]o\\^p\\"q\\~r\\?s\\:t\\\\u\\/v',
    )
    expect(bodyFor('ann-marie (x)')).toMatchObject({
      query_string: { query: '*ann\\-marie* *\\(x\\)*' },
    })
  })

  it('keeps hostile or odd text a literal, valid query_string', () => {
    const query = (q: string) =>
      (bodyFor(q) as { query_string?: { query: string } }).query_string?.query
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
        query_string: {
          query: `*${big}*`,
          fields: ['customId', 'primaryPhone', 'primaryAddress.zipcode'],
          default_operator: 'AND',
        },
      })
    }
    expect(bodyFor('-5')).toMatchObject({ query_string: { query: '*\\-5*' } })
  })

  it('adds status and type as filters', () => {
    expect(bodyFor('smith', { status: 'Active', customerType: 'company' })).toEqual({
      bool: {
        must: [bodyFor('smith')],
        filter: [
          { term: { status: 'Active' } },
          { terms: { customerType: ['customer.type.company', 'company'] } },
        ],
      },
    })
  })
})

describe('buildIdLookupRequest', () => {
  it('asks for the ids in one request, page sized to fit', () => {
    expect(buildIdLookupRequest([5, 3, 5])).toEqual({
      path: 'Customers/Autopal.Search()',
      query: { $top: 2, $start: 0, $orderby: 'id asc' },
      body: { query: { bool: { filter: [{ terms: { id: [5, 3] } }] } } },
    })
    expect(() => buildIdLookupRequest(Array.from({ length: 1001 }, (_, i) => i))).toThrow(
      RangeError,
    )
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
