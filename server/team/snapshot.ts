// The snapshot taken before a customer is deleted: the customer with all twelve nested objects
// (and the links the overview shows), in one `$expand` request, as the app's $expand view asks.
import type http from 'node:http'
import { ALL_EXPAND_PATHS, REQUIRED_EXPAND_PATHS } from '../../src/api/nested-objects.ts'
import type { ProxyConfig } from '../config.ts'
import { decodersFor, nodeTransport, send, type UpstreamTransport } from '../proxy.ts'

/** Every `$expand` path of the app's one-request view: all twelve nested objects and their links. */
export const SNAPSHOT_EXPAND_PATHS = ALL_EXPAND_PATHS

/** A customer with every note and document is large, but not this large. */
const MAX_SNAPSHOT_BYTES = 32 * 1024 * 1024

export class SnapshotError extends Error {}

/** The path (relative to the API base) of the snapshot request. */
export function snapshotPath(customerId: number, paths = SNAPSHOT_EXPAND_PATHS): string {
  // nopaging: nested collections are paged at 50 inside $expand too (loanpro-api.md §8).
  return `odata.svc/Customers(${String(customerId)})?$expand=${paths.join(',')}&nopaging=true`
}

/** How LoanPro refuses an `$expand` path it does not know (and a customer it does not have). */
const REFUSED = new Set([400, 404, 409])

/**
 * Reads the customer's snapshot: LoanPro's `d` object, token masked. Throws SnapshotError,
 * with words for the person deleting, when it cannot be read whole.
 */
export async function takeSnapshot(
  config: ProxyConfig,
  customerId: number,
  transport: UpstreamTransport = nodeTransport,
): Promise<Record<string, unknown>> {
  try {
    return await readSnapshot(config, customerId, SNAPSHOT_EXPAND_PATHS, transport)
  } catch (error) {
    // A tenant that refuses a label-only path (a loan's status link) must not block every
    // delete: the snapshot is then kept without those labels. A missing customer is refused
    // again, and that answer is the one reported.
    if (!(error instanceof RefusedError)) throw error
    return readSnapshot(config, customerId, REQUIRED_EXPAND_PATHS, transport)
  }
}

class RefusedError extends SnapshotError {}

async function readSnapshot(
  config: ProxyConfig,
  customerId: number,
  paths: readonly string[],
  transport: UpstreamTransport,
): Promise<Record<string, unknown>> {
  const target = new URL(config.apiBase + snapshotPath(customerId, paths))
  const headers = {
    accept: 'application/json',
    authorization: `Bearer ${config.token}`,
    'autopal-instance-id': config.tenantId,
    'accept-encoding': 'identity',
  }
  const signal = AbortSignal.timeout(config.totalTimeoutMs)
  let response: http.IncomingMessage
  try {
    response = await send(transport, target, 'GET', headers, null, config.timeoutMs, signal)
  } catch {
    throw new SnapshotError('LoanPro could not be reached or did not answer in time')
  }
  const text = await readBody(response, signal)
  const status = response.statusCode ?? 0
  if (REFUSED.has(status)) throw new RefusedError(`LoanPro answered ${String(status)}`)
  if (status !== 200) throw new SnapshotError(`LoanPro answered ${String(status)}`)
  let json: unknown
  try {
    json = JSON.parse(text.split(config.token).join('[redacted]'))
  } catch {
    throw new SnapshotError('LoanPro sent an incomplete or unreadable answer')
  }
  const d = isRecord(json) ? json.d : undefined
  if (!isRecord(d) || Number(d.id) !== customerId) {
    throw new SnapshotError('LoanPro answered without the customer')
  }
  return d
}

async function readBody(response: http.IncomingMessage, signal: AbortSignal): Promise<string> {
  const decoders = decodersFor(response.headers['content-encoding'])
  if (!decoders) {
    response.destroy()
    throw new SnapshotError('LoanPro answered in an encoding the server cannot read')
  }
  let stream: NodeJS.ReadableStream = response
  for (const decoder of decoders) stream = stream.pipe(decoder)
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (signal.aborted) throw new SnapshotError('LoanPro did not send the customer in time')
      size += chunk.length
      if (size > MAX_SNAPSHOT_BYTES) throw new SnapshotError('the customer is too large to keep')
      chunks.push(chunk)
    }
  } catch (error) {
    response.destroy()
    if (error instanceof SnapshotError) throw error
    throw new SnapshotError('the answer from LoanPro broke off')
  }
  return Buffer.concat(chunks).toString('utf8')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
