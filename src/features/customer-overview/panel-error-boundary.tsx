import { Component, type ReactNode } from 'react'
import { ErrorPanel } from '../../components/error-panel'

interface PanelErrorBoundaryProps {
  /** The tab's label, for the message. */
  label: string
  children: ReactNode
}

/**
 * A view that throws while rendering odd data fails alone: the header and the other tabs stay.
 * Keyed by tab in the page, so another tab starts clean.
 */
export class PanelErrorBoundary extends Component<PanelErrorBoundaryProps, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  render() {
    if (!this.state.failed) return this.props.children
    return (
      <ErrorPanel
        title={`${this.props.label} could not be shown`}
        onRetry={() => this.setState({ failed: false })}
      >
        <p>
          Something in this section&apos;s data could not be displayed. The other sections are not
          affected; try again, or open another tab.
        </p>
      </ErrorPanel>
    )
  }
}
