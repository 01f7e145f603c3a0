import { useNavigate, useParams } from 'react-router'
import { DeleteCustomerButton } from '../../features/customer-delete/delete-customer-button'
import { CustomerOverviewPage } from '../../features/customer-overview/customer-overview-page'
import { useDeveloperToolsOpen, useFetchStyle } from '../preferences'

/** `/customers/:id/:tab?`: the overview, with its remembered preferences and the delete action. */
export function Component() {
  const { id = '', tab } = useParams()
  const navigate = useNavigate()
  const [fetchStyle, setFetchStyle] = useFetchStyle()
  const [toolsOpen, setToolsOpen] = useDeveloperToolsOpen()
  return (
    <CustomerOverviewPage
      customerId={id}
      tab={tab}
      fetchStyle={fetchStyle}
      onFetchStyleChange={setFetchStyle}
      developerTools={{ open: toolsOpen, onOpenChange: setToolsOpen }}
      headerActions={(customer) => (
        <DeleteCustomerButton
          customer={customer}
          variant="header"
          onDeleted={() => void navigate('/customers')}
        />
      )}
    />
  )
}
