import { Disclosure } from '../../components/disclosure'
import { FetchStyleSwitch } from './fetch-style-switch'

interface DeveloperToolsProps {
  open: boolean
  onOpenChange: (open: boolean) => void
}

/**
 * For staff who also script against LoanPro: the fetch style and, under every tab, the request
 * that fed it. Closed unless someone opened it; the page remembers.
 */
export function DeveloperTools(props: DeveloperToolsProps) {
  const { open, onOpenChange } = props
  return (
    <div className="overview-devtools">
      <Disclosure label="Developer tools" open={open} onOpenChange={onOpenChange}>
        <div className="overview-devtools__body">
          <FetchStyleSwitch />
          <p className="muted overview-devtools__hint">
            Each tab shows the LoanPro request that fed it under “Show request”.
          </p>
        </div>
      </Disclosure>
    </div>
  )
}
