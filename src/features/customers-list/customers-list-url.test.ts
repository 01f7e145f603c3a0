import {
  applyListChange,
  DEFAULT_LIST_STATE,
  listStateToSearch,
  parseListState,
  planListChange,
  type CustomerListState,
} from './customers-list-url'

const parse = (query: string) => parseListState(new URLSearchParams(query))
const write = (state: CustomerListState) => listStateToSearch(state).toString()

describe('customers list URL state', () => {
  it('reads every part and writes it back unchanged', () => {
    const query =
      'q=jos%C3%A9+alv&status=Pending+Review&type=company&sort=-created&page=4&pageSize=100'
    const state = parse(query)
    expect(state).toEqual({
      q: 'josé alv',
      status: 'Pending Review',
      customerType: 'company',
      sort: { field: 'created', direction: 'desc' },
      page: 4,
      pageSize: 100,
    })
    expect(write(state)).toBe(query)
  })

  it('leaves defaults out of the URL', () => {
    expect(write(DEFAULT_LIST_STATE)).toBe('')
    expect(write({ ...DEFAULT_LIST_STATE, sort: { field: 'id', direction: 'desc' } })).toBe(
      'sort=-id',
    )
  })

  it.each([
    ['page=-3', { page: 1 }],
    ['page=0', { page: 1 }],
    ['page=2.5', { page: 1 }],
    ['page=abc', { page: 1 }],
    ['page=99999999999999999999', { page: 1 }],
    ['pageSize=7', { pageSize: 25 }],
    ['pageSize=250', { pageSize: 250 }],
    ['sort=bogus', { sort: { field: 'id', direction: 'asc' } }],
    ['sort=--name', { sort: { field: 'id', direction: 'asc' } }],
    ['sort=-status', { sort: { field: 'status', direction: 'desc' } }],
    ['type=alien', {}],
    ['status=++', {}],
    ['q=++jose+++alvarez++', { q: 'jose alvarez' }],
  ])('falls back to defaults for %s', (query, expected) => {
    expect(parse(query)).toEqual({ ...DEFAULT_LIST_STATE, ...expected })
  })

  it('goes back to page 1 on a new search, filter or sort, keeping the page size', () => {
    const state = parse('q=a&page=5&pageSize=50&status=Lead')
    expect(applyListChange(state, { kind: 'search', q: ' b ' })).toMatchObject({
      q: 'b',
      page: 1,
      pageSize: 50,
    })
    const filtered = applyListChange(state, { kind: 'filters', customerType: 'company' })
    expect(filtered).toEqual({
      q: 'a',
      page: 1,
      pageSize: 50,
      sort: state.sort,
      status: 'Lead',
      customerType: 'company',
    })
    expect(applyListChange(state, { kind: 'filters', status: undefined })).not.toHaveProperty(
      'status',
    )
    expect(
      applyListChange(state, { kind: 'sort', sort: { field: 'name', direction: 'asc' } }),
    ).toMatchObject({ page: 1, pageSize: 50 })
    expect(applyListChange(state, { kind: 'showAll' })).toEqual({
      q: '',
      page: 1,
      pageSize: 50,
      sort: state.sort,
    })
  })

  it('keeps the first visible row when the page size changes', () => {
    const state = parse('page=3') // rows 51–75
    expect(applyListChange(state, { kind: 'pageSize', pageSize: 50 }).page).toBe(2) // 51–100
    expect(applyListChange(state, { kind: 'pageSize', pageSize: 250 }).page).toBe(1)
    expect(
      applyListChange(parse('page=2&pageSize=250'), { kind: 'pageSize', pageSize: 25 }).page,
    ).toBe(11)
  })
})

describe('planListChange', () => {
  const plan = (query: string, change: Parameters<typeof planListChange>[1]) =>
    planListChange(new URLSearchParams(query), change)

  it('pushes committed changes and replaces a search being refined', () => {
    expect(plan('q=jo', { kind: 'search', q: 'jose' })).toMatchObject({ replace: true })
    expect(plan('', { kind: 'search', q: 'jose' })).toMatchObject({ replace: false })
    expect(plan('q=jose', { kind: 'search', q: ' ' })).toMatchObject({ replace: false })
    expect(plan('q=jose', { kind: 'page', page: 2 })).toMatchObject({ replace: false })
  })

  it('writes the URL and reads it back as the list will', () => {
    const { search, state } = plan('q=jose&page=3', { kind: 'search', q: '  jose   alv ' })
    expect(search.toString()).toBe('q=jose+alv')
    expect(state).toEqual({ ...DEFAULT_LIST_STATE, q: 'jose alv' })
    // A text that normalises to the current search leaves the URL as it is.
    expect(plan('q=jose', { kind: 'search', q: 'jose ' }).search.toString()).toBe('q=jose')
  })

  it('keeps an SSN out of the URL but in the state', () => {
    const { search, state } = plan('', { kind: 'search', q: '123-45-6789' })
    expect(search.has('q')).toBe(false)
    expect(search.get('qref')).toMatch(/^[0-9a-f]{12}$/)
    expect(state.q).toBe('123-45-6789')
  })
})
