import { ImportPage } from '../../features/customer-import/import-page'

export function Component() {
  return <ImportPage />
}
