import { useEffect, useState } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { ImportPage } from '../../features/customer-import/import-page'
import {
  hasRemovalSelection,
  readRemovalSelection,
} from '../../features/customer-import/removal-selection'

export function Component() {
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
