import { vi } from 'vitest'

// First setup file of the ui-isolated project: its files share one jsdom environment, but each
// imports the app's modules afresh (the lazily loaded delete dialog, the import engine's
// journal cache and tab locks keep state at module level). Modules from node_modules stay.
vi.resetModules()
