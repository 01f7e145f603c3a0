import { ServerRunError, type NewServerRun } from '../../api/server-runs'
import type { ImportEngine } from './engine/import-engine'

/**
 * The confirmed rows of `engine` as a server run: exactly what the person confirmed
 * (`confirmed` customers), or an error when that changed meanwhile. Nothing else is sent.
 */
export function confirmedServerRun(engine: ImportEngine, confirmed: number): NewServerRun {
  const planned = engine.plannedRun()
  if (!planned || planned.plan.ids.length !== confirmed) {
    throw new ServerRunError(
      'The customers to remove changed after you confirmed; nothing was started. Check them and confirm again.',
      0,
    )
  }
  const { info, plan } = planned
  return {
    ids: Array.from(plan.ids),
    lines: Array.from(plan.lines),
    names: plan.names,
    fileName: info.fileName,
    source: info.source,
    rejectedRows: plan.rejected,
  }
}
