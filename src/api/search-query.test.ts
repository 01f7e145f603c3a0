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
})
