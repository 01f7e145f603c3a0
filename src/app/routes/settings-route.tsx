import { SettingsPage } from '../settings/settings-page'

export function Component() {
  return <SettingsPage />
}
