import type { AuditResult } from './audit-store.ts'

const MAX_MESSAGE = 500

/**
 * What a proxied DELETE's answer means. LoanPro's success is a 200 with a root `d` and no
 * error or warnings (loanpro-api.md §6); any other 2xx, and a timeout, leave the outcome
 * unknown. Reads a copy of the body, so the app still gets the original.
 */
export async function readDeleteOutcome(
  response: Response,
  failure: 'timeout' | 'unreachable' | undefined,
): Promise<AuditResult> {
  const status = response.status
  if (failure === 'timeout') {
    return {
      outcome: 'unknown',
      status,
      message: 'LoanPro did not answer in time: the customer may or may not have been removed.',
    }
  }
  if (failure === 'unreachable') {
    return { outcome: 'unknown', status, message: 'The connection to LoanPro failed.' }
  }
  const json = await readJson(response)
  if (status >= 200 && status < 300) {
    const d = isRecord(json) ? json.d : undefined
    const warned = [json, d].some(
      (part) => isRecord(part) && ('error' in part || 'warnings' in part),
    )
    if (isRecord(json) && 'd' in json && !warned) return { outcome: 'removed', status }
    return {
      outcome: 'unknown',
      status,
      message: `LoanPro answered ${String(status)} without confirming the removal.`,
    }
  }
  return { outcome: 'failed', status, message: errorMessage(json) ?? `HTTP ${String(status)}` }
}

async function readJson(response: Response): Promise<unknown> {
  if (!response.body) return undefined
  try {
    let body = response.clone().body
    const encoding = response.headers.get('content-encoding')
    if (body && encoding === 'gzip') body = body.pipeThrough(new DecompressionStream('gzip'))
    return JSON.parse(await new Response(body).text()) as unknown
  } catch {
    return undefined
  }
}

/** LoanPro's two error shapes (loanpro-api.md §1), or the proxy's own `{error:{message}}`. */
function errorMessage(json: unknown): string | undefined {
  if (!isRecord(json)) return undefined
  const root = isRecord(json.d) ? json.d : json
  const error = root.error
  let message: unknown = isRecord(error) ? error.message : root.message
  if (isRecord(message)) message = message.value
  return typeof message === 'string' && message ? message.slice(0, MAX_MESSAGE) : undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
