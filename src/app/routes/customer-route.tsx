import { NavigationType, useNavigate, useNavigationType, useParams } from 'react-router'
import { useCan } from '../../api/team-session'
import { DeleteCustomerButton } from '../../features/customer-delete/delete-customer-button'
import { CustomerOverviewPage } from '../../features/customer-overview/customer-overview-page'
import { lastListPlace } from '../../lib/last-list-place'
import { useDeveloperToolsOpen } from '../preferences'

/** `/customers/:id/:tab?`: the overview, with its remembered preferences and the delete action. */
export function Component() {
  const { id = '', tab } = useParams()
  const navigate = useNavigate()
  const [toolsOpen, setToolsOpen] = useDeveloperToolsOpen()
  const canDelete = useCan('delete')
  // A link or a tab (push, replace) renders as a transition; the first page of a load does not.
  const navigated = useNavigationType() !== NavigationType.Pop
  return (
    <CustomerOverviewPage
      customerId={id}
      tab={tab}
      awaitArrival={navigated}
      developerTools={{ open: toolsOpen, onOpenChange: setToolsOpen }}
      headerActions={(customer) =>
        canDelete ? (
          <DeleteCustomerButton
            customer={customer}
            // Back to the list as it was left (the deleted row is gone from it).
            onDeleted={() => void navigate(lastListPlace()?.href ?? '/customers')}
          />
        ) : null
      }
    />
  )
}
