import { useEffect, useState } from 'react'
import { Link, useLocation, useNavigate } from 'react-router'
import { ROLE_LABELS, useCan, useSignedInUser } from '../../api/team-session'
import { ImportPage } from '../../features/customer-import/import-page'
import {
  hasRemovalSelection,
  readRemovalSelection,
} from '../../features/customer-import/removal-selection'

export function Component() {
  // Team mode: only bulk removers run imports (the server refuses other roles' runs).
  return useCan('bulk-remove') ? <ImportRoute /> : <ImportNotAllowed />
}

function ImportNotAllowed() {
  const role = useSignedInUser()?.role
  return (
    <section className="card" aria-labelledby="import-not-allowed">
      <h1 id="import-not-allowed">Import customers</h1>
      <p role="status">
        Your role ({role ? ROLE_LABELS[role] : 'none'}) cannot remove customers in bulk: imports
        need the Bulk remover or Admin role. Ask an administrator if you need it.
      </p>
      <p>
        <Link to="/customers">Back to Customers</Link>
      </p>
    </section>
  )
}

function ImportRoute() {
  const location = useLocation()
  const navigate = useNavigate()
  // Read once: the state is cleared just below, and this component stays mounted.
  const [selection] = useState(() => readRemovalSelection(location.state))
  const carriesSelection = hasRemovalSelection(location.state)

  useEffect(() => {
    // Taken once: a reload, Back or Forward to this entry must not start the removal again.
    if (carriesSelection) void navigate('.', { replace: true, state: null })
  }, [carriesSelection, navigate])

  return <ImportPage selection={selection} />
}
