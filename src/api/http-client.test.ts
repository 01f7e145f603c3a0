import { buildUrl, createLoanProClient } from './http-client'
import { parseRetryAfter } from './http-error-body'
import { LoanProError } from './loanpro-error'
import { hangingFetch, jsonResponse, stubFetch } from './fetch.test-double'

const TOKEN = 'secret-token-5f2a'
const connection = {
  baseUrl: 'https://demo.loanpro.test/api/public/api/1/',
  tenantId: '5200000',
  token: TOKEN,
}

async function failure(promise: Promise<unknown>): Promise<LoanProError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(error instanceof LoanProError))
    throw new Error(`expected a LoanProError, got ${String(error)}`)
  expect(error.message).not.toContain(TOKEN)
  expect(JSON.stringify(error)).not.toContain(TOKEN)
  return error
}

function clientAnswering(response: () => Response) {
  return createLoanProClient(connection, { fetch: stubFetch(response).fetch })
}

describe('urls', () => {
  it('keeps $, parentheses, commas and slashes readable and never carries the token', () => {
    const client = createLoanProClient(connection)
    const url = client.url('odata.svc/Customers(1001)', {
      $expand: 'PrimaryAddress,PaymentAccounts/CheckingAccount',
    })
    expect(url).toBe(
      'https://demo.loanpro.test/api/public/api/1/odata.svc/Customers(1001)?$expand=PrimaryAddress,PaymentAccounts/CheckingAccount',
    )
    expect(url).not.toContain(TOKEN)
  })

  it('encodes spaces and reserved characters, skipping undefined values', () => {
    expect(
      buildUrl('https://x.test/api', 'Customers/Autopal.Search()', {
        $top: 25,
        $start: 0,
        $orderby: 'id asc',
        $skip: undefined,
        odd: 'a&b=c',
      }),
    ).toBe(
      'https://x.test/api/Customers/Autopal.Search()?$top=25&$start=0&$orderby=id%20asc&odd=a%26b%3Dc',
    )
  })
})

describe('requests', () => {
  it('sends auth headers, JSON body and returns the unwrapped d', async () => {
    const stub = stubFetch(() => jsonResponse({ d: { results: [] } }))
    const client = createLoanProClient(connection, { fetch: stub.fetch })
    await expect(
      client.request('POST', 'Customers/Autopal.Search()', { body: { a: 1 } }),
    ).resolves.toEqual({
      results: [],
    })
    const call = stub.calls[0]
    expect(call?.method).toBe('POST')
    expect(call?.headers.get('Authorization')).toBe(`Bearer ${TOKEN}`)
    expect(call?.headers.get('Autopal-Instance-ID')).toBe('5200000')
    expect(call?.headers.get('Content-Type')).toBe('application/json')
    expect(call?.body).toBe('{"a":1}')
    expect(call?.url).not.toContain(TOKEN)
  })

  it('sends no auth headers in proxy mode', async () => {
    const stub = stubFetch(() => jsonResponse({ d: null }))
    const client = createLoanProClient({ baseUrl: '/api/loanpro/' }, { fetch: stub.fetch })
    await expect(client.request('GET', 'odata.svc/Customers(1)/Employer')).resolves.toBeNull()
    expect(stub.calls[0]?.headers.has('Authorization')).toBe(false)
    expect(stub.calls[0]?.headers.has('Autopal-Instance-ID')).toBe(false)
  })

  it('accepts an empty 2xx body when no envelope is expected', async () => {
    const client = clientAnswering(() => new Response(null, { status: 204 }))
    await expect(
      client.request('DELETE', 'odata.svc/Customers(1)', { envelope: false }),
    ).resolves.toBeNull()
  })
})

describe('failures', () => {
  it('401 is unauthorized, with the message of the code/message/context shape', async () => {
    const client = clientAnswering(() =>
      jsonResponse(
        { code: '401-CN0001', message: 'Unauthorized', context: { errors: ['Token is invalid'] } },
        { status: 401 },
      ),
    )
    const error = await failure(client.request('GET', 'odata.svc/Customers(1)'))
    expect(error).toMatchObject({
      kind: 'unauthorized',
      status: 401,
      serverMessage: 'Unauthorized: Token is invalid',
    })
    expect(error.retryable).toBe(false)
  })

  it('409 reads the error/warnings shape, also with message {value}', async () => {
    const first = clientAnswering(() =>
      jsonResponse(
        {
          error: { message: 'Customer is linked to loans', type: 'X', code: 500 },
          warnings: ['Unlink first'],
        },
        { status: 409 },
      ),
    )
    expect(await failure(first.request('DELETE', 'odata.svc/Customers(7)'))).toMatchObject({
      kind: 'conflict',
      status: 409,
      serverMessage: 'Customer is linked to loans: Unlink first',
      path: 'odata.svc/Customers(7)',
      method: 'DELETE',
    })
    const second = clientAnswering(() =>
      jsonResponse(
        { error: { message: { value: 'Resource not found for the segment' } } },
        { status: 404 },
      ),
    )
    expect(await failure(second.request('GET', 'odata.svc/Customers(9)'))).toMatchObject({
      kind: 'not-found',
      serverMessage: 'Resource not found for the segment',
    })
    // LoanPro may wrap either shape in `d` (its SDK unwraps `d` before reading the error).
    const wrapped = clientAnswering(() =>
      jsonResponse(
        { d: { code: '409-CN0002', message: 'Customer 9 not found', context: { errors: [] } } },
        { status: 409 },
      ),
    )
    expect(await failure(wrapped.request('GET', 'odata.svc/Customers(9)'))).toMatchObject({
      kind: 'conflict',
      serverMessage: 'Customer 9 not found',
    })
  })

  it('keeps a trimmed raw body when neither shape matches, with the token redacted', async () => {
    const client = clientAnswering(
      () => new Response(`  Bad gateway for ${TOKEN}\n${'x'.repeat(1000)}`, { status: 400 }),
    )
    const error = await failure(client.request('GET', 'odata.svc/Customers(1)'))
    expect(error.kind).toBe('http')
    expect(error.serverMessage?.startsWith('Bad gateway for [token]')).toBe(true)
    expect(error.serverMessage?.length).toBeLessThanOrEqual(301)
  })

  it('redacts a token with a slash also in the \\/ form PHP writes', async () => {
    const token = 'ab/cd-secret'
    const client = createLoanProClient(
      { ...connection, token },
      { fetch: stubFetch(() => new Response('bad token ab\\/cd-secret', { status: 401 })).fetch },
    )
    const error = await failure(client.request('GET', 'x'))
    expect(error.serverMessage).toBe('bad token [token]')
  })

  it('429 gives retryAfterMs from seconds or an HTTP date', async () => {
    const inSeconds = clientAnswering(
      () => new Response('slow down', { status: 429, headers: { 'Retry-After': '3' } }),
    )
    const error = await failure(inSeconds.request('GET', 'x'))
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 3000 })
    expect(error.retryable).toBe(true)

    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000)
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(null, now)).toBeUndefined()
  })

  it('5xx is a retryable server error', async () => {
    const client = clientAnswering(() => new Response('', { status: 503 }))
    const error = await failure(client.request('GET', 'x'))
    expect(error).toMatchObject({ kind: 'server', status: 503, serverMessage: undefined })
    expect(error.message).toBe('LoanPro had a server error (503).')
  })

  it('a rejected fetch is a network error', async () => {
    const client = createLoanProClient(connection, {
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    })
    expect((await failure(client.request('GET', 'x'))).kind).toBe('network')
  })

  it('a tiny timeout gives timeout, a caller abort gives aborted', async () => {
    const slow = createLoanProClient({ ...connection, timeoutMs: 10 }, { fetch: hangingFetch() })
    expect((await failure(slow.request('GET', 'x'))).kind).toBe('timeout')

    const client = createLoanProClient(connection, { fetch: hangingFetch() })
    const controller = new AbortController()
    const pending = client.request('GET', 'x', { signal: controller.signal })
    controller.abort()
    expect((await failure(pending)).kind).toBe('aborted')

    expect((await failure(client.request('GET', 'x', { signal: controller.signal }))).kind).toBe(
      'aborted',
    )
  })

  it('a truncated body or one without d is a bad response', async () => {
    const truncated = clientAnswering(
      () => new Response('{"d":{"results":[{"id":1', { status: 200 }),
    )
    expect(await failure(truncated.request('GET', 'x'))).toMatchObject({
      kind: 'bad-response',
      status: 200,
    })
    const noD = clientAnswering(() => jsonResponse({ results: [] }))
    expect((await failure(noD.request('GET', 'x'))).kind).toBe('bad-response')
    const empty = clientAnswering(() => new Response('', { status: 200 }))
    expect((await failure(empty.request('GET', 'x'))).kind).toBe('bad-response')
  })

  it('keeps the words of an error shape sent with a 200 and no d', async () => {
    const client = clientAnswering(() =>
      jsonResponse({
        error: { message: { value: `Warning for ${TOKEN}` }, type: 'TransactionWarningException' },
      }),
    )
    expect(await failure(client.request('GET', 'x'))).toMatchObject({
      kind: 'bad-response',
      serverMessage: 'Warning for [token]',
    })
  })

  it('never lets a token that cannot be a header value reach the error or its cause', async () => {
    const bad = 'abc\ndef-secret'
    const stub = stubFetch(() => jsonResponse({ d: null }))
    const client = createLoanProClient({ ...connection, token: bad }, { fetch: stub.fetch })
    const error = await failure(client.request('GET', 'x'))
    expect(error.kind).toBe('unauthorized')
    expect(String(error.cause)).not.toContain('def-secret')
    expect(error.message).not.toContain('def-secret')
    expect(stub.calls).toHaveLength(0)
  })

  it('leaves no timer or abort listener behind', async () => {
    vi.useFakeTimers()
    try {
      const controller = new AbortController()
      const remove = vi.spyOn(controller.signal, 'removeEventListener')
      const client = clientAnswering(() => jsonResponse({ d: 1 }))
      await expect(client.request('GET', 'x', { signal: controller.signal })).resolves.toBe(1)
      expect(vi.getTimerCount()).toBe(0)
      expect(remove).toHaveBeenCalledWith('abort', expect.any(Function))
      const failing = clientAnswering(() => new Response('', { status: 500 }))
      await failure(failing.request('GET', 'x'))
      expect(vi.getTimerCount()).toBe(0)
    } finally {
      vi.useRealTimers()
    }
  })
})
