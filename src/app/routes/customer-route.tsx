import { useDocumentTitle } from '../../lib/use-document-title'

// Filled by its feature issue; until then the route exists and says so.
export function Component() {
  useDocumentTitle('customer')
  return <h1>customer</h1>
}
