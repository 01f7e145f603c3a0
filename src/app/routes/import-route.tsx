import { useDocumentTitle } from '../../lib/use-document-title'

// Filled by its feature issue; until then the route exists and says so.
export function Component() {
  useDocumentTitle('import')
  return <h1>import</h1>
}
