import { createLoanProClient } from './http-client'
import { RUN_HEADER, markedAsRun } from './run-requests'
import { readSignedInUser } from './team-user'

// A removal run's requests carry X-CM-Run in team mode, so the server can refuse an operator's
// run (server/team/role-guard.ts); elsewhere nothing changes.
function recordingClient() {
  const sent: Headers[] = []
  const client = createLoanProClient(
    { baseUrl: 'http://localhost/api/loanpro/' },
    {
      fetch: (_input, init) => {
        sent.push(new Headers(init?.headers))
        return Promise.resolve(Response.json({ d: { id: 1010 } }))
      },
    },
  )
  return { client, sent }
}

describe('markedAsRun', () => {
  it('marks every request of a run in team mode', async () => {
    const { client, sent } = recordingClient()
    await markedAsRun(client, true).request('DELETE', 'odata.svc/Customers(1010)', {
      envelope: false,
    })
    expect(sent[0]?.get(RUN_HEADER)).toBe('removal')
    expect(sent[0]?.get('Accept')).toBe('application/json')
  })

  it('leaves the browser-only modes alone (a tenant would refuse an unknown header)', async () => {
    const { client, sent } = recordingClient()
    expect(markedAsRun(client, false)).toBe(client)
    await client.request('GET', 'odata.svc/Customers(1010)')
    expect(sent[0]?.has(RUN_HEADER)).toBe(false)
  })
})

describe('readSignedInUser', () => {
  afterEach(() => document.head.querySelector('meta[name="customer-manager-user"]')?.remove())

  const meta = (content: string) => {
    const tag = document.createElement('meta')
    tag.name = 'customer-manager-user'
    tag.content = content
    document.head.append(tag)
  }

  it('reads the person the server put in the page', () => {
    meta('{"name":"Ada Admin","email":"ada@example.test","role":"admin"}')
    expect(readSignedInUser()).toEqual({
      name: 'Ada Admin',
      email: 'ada@example.test',
      role: 'admin',
    })
  })

  it('finds nobody without the tag, or with a broken one', () => {
    expect(readSignedInUser()).toBeNull()
    meta('{"name":"X","role":"superuser"}')
    expect(readSignedInUser()).toBeNull()
  })
})
