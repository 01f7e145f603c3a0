import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { ErrorPanel } from '../../components/error-panel'
import { TableScrollRegion } from '../../components/table-scroll-region'
import { formatCount } from '../../lib/format'
import { dateTime } from './audit-table'
import { endSessionsOf, sessionQueries } from './session-requests'

/**
 * The admin's Sessions part of the Audit page: who is signed in, and a way to sign someone
 * out everywhere at once (every instance refuses their next request).
 */
export function SignedInPeople() {
  const query = useQuery(sessionQueries.people())
  const queryClient = useQueryClient()
  const [notice, setNotice] = useState('')
  const end = useMutation({
    mutationFn: async (person: { subject: string; name: string }) => ({
      person,
      ended: await endSessionsOf(person.subject),
    }),
    onSuccess: ({ person, ended }) => {
      setNotice(
        `Ended ${formatCount(ended, 'session')} of ${person.name}: they must sign in again.`,
      )
      void queryClient.invalidateQueries({ queryKey: sessionQueries.people().queryKey })
    },
    onError: () => setNotice(''),
  })
  const people = query.data?.people

  return (
    <section className="audit-sessions" aria-labelledby="audit-sessions-title">
      <h2 id="audit-sessions-title" className="audit-entry__subtitle">
        Sessions
      </h2>
      <p className="muted">
        Ending someone&rsquo;s sessions signs them out on every server at their next request. To
        keep them out, also take away their role (the roles file, or the identity provider).
      </p>
      {query.isError ? (
        <ErrorPanel
          title="Who is signed in could not be read"
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        >
          {query.error.message}
        </ErrorPanel>
      ) : null}
      {end.isError ? (
        <ErrorPanel title="The sessions were not ended">{end.error.message}</ErrorPanel>
      ) : null}
      {people ? (
        <TableScrollRegion label="Signed-in people">
          <table className="data-table" aria-busy={query.isFetching}>
            <caption className="visually-hidden">Signed-in people</caption>
            <thead>
              <tr>
                <th scope="col">User</th>
                <th scope="col">Email</th>
                <th scope="col" className="data-table__cell--end">
                  Sessions
                </th>
                <th scope="col">Last sign-in</th>
                <th scope="col">
                  <span className="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {people.length === 0 ? (
                <tr>
                  <td colSpan={5}>No one is signed in.</td>
                </tr>
              ) : (
                people.map((person) => (
                  <tr key={person.subject}>
                    <td>{person.name}</td>
                    <td>{person.email ?? <span className="muted">None</span>}</td>
                    <td className="data-table__cell--end">{person.sessions}</td>
                    <td>{dateTime.format(new Date(person.lastSignInAt))}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--small button--danger"
                        aria-label={`End sessions of ${person.name}`}
                        disabled={end.isPending}
                        onClick={() => end.mutate(person)}
                      >
                        End sessions
                      </button>
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </TableScrollRegion>
      ) : query.isPending ? (
        <p className="muted">Reading who is signed in…</p>
      ) : null}
      <p role="status" className="audit-sessions__notice">
        {notice}
      </p>
    </section>
  )
}
