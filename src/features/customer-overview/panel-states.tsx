import { isLoanProError } from '../../api/loanpro-error'
import { ErrorPanel } from '../../components/error-panel'

/** Grey bars in the shape of a view, while its data loads. */
export function PanelSkeleton({ label }: { label: string }) {
  return (
    <div className="overview-skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">Loading {label}…</span>
      {[72, 55, 64, 40].map((width) => (
        <span key={width} className="overview-skeleton__bar" style={{ width: `${width}%` }} />
      ))}
    </div>
  )
}

/** What went wrong and what to do, in words. */
export function describeLoadError(error: unknown): string {
  if (!isLoanProError(error)) return 'Something unexpected went wrong. Try again.'
  switch (error.kind) {
    case 'unauthorized':
      return 'LoanPro did not accept the connection. Check the token and tenant in Settings.'
    case 'network':
      return 'LoanPro could not be reached. Check the connection, then try again.'
    case 'timeout':
      return 'LoanPro did not answer in time. Try again.'
    case 'rate-limited':
      return 'LoanPro is limiting requests right now. Wait a moment, then try again.'
    case 'bad-response':
      return 'LoanPro sent a response that could not be read. Try again.'
    default:
      return `${error.message} Try again.`
  }
}

interface PanelErrorProps {
  label: string
  error: unknown
  onRetry: () => void
  retrying: boolean
}

export function PanelError({ label, error, onRetry, retrying }: PanelErrorProps) {
  return (
    <ErrorPanel title={`${label} could not be loaded`} onRetry={onRetry} retrying={retrying}>
      <p>{describeLoadError(error)}</p>
    </ErrorPanel>
  )
}
