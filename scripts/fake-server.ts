/**
 * The fake LoanPro tenant over real HTTP, for e2e tests and live mode.
 *   npm run fake-server -- --port 8787 --count 2500 --latency 0 \
 *     --token fake-token-0123456789abcdef --tenant 5200000 --seed 1
 *   --faults '{"failure5xxRate":0.1,"rate429":0.05}'
 * Each flag also reads an env var: FAKE_PORT, FAKE_COUNT, FAKE_LATENCY, FAKE_TOKEN,
 * FAKE_TENANT, FAKE_SEED, FAKE_FAULTS.
 */
import { parseArgs } from 'node:util'
import { MIN_TOKEN_LENGTH } from '../server/config.ts'
import { portInUseMessage } from '../server/port-in-use.ts'
import type { FaultKnobs } from '../src/mocks/faults.ts'
import { startStandaloneServer } from '../src/mocks/standalone-server.ts'

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    count: { type: 'string' },
    latency: { type: 'string' },
    token: { type: 'string' },
    tenant: { type: 'string' },
    seed: { type: 'string' },
    faults: { type: 'string' },
  },
})

const env = process.env
const num = (value: string | undefined, fallback: number) => {
  const n = value === undefined ? Number.NaN : Number(value)
  return Number.isFinite(n) ? n : fallback
}
const faults = JSON.parse(values.faults ?? env.FAKE_FAULTS ?? '{}') as Partial<FaultKnobs>

const token = values.token ?? env.FAKE_TOKEN
// The server refuses such tokens, so a fake that accepts one would only hide the mistake.
if (token !== undefined && token.length < MIN_TOKEN_LENGTH) {
  console.error(
    `--token must be at least ${String(MIN_TOKEN_LENGTH)} characters (the production server ` +
      'refuses shorter ones), e.g. --token fake-token-0123456789abcdef',
  )
  process.exit(1)
}
const port = num(values.port ?? env.FAKE_PORT, 8787)

const server = await startStandaloneServer({
  port,
  host: values.host ?? env.FAKE_HOST ?? '127.0.0.1',
  count: num(values.count ?? env.FAKE_COUNT, 2500),
  seed: num(values.seed ?? env.FAKE_SEED, 1),
  token,
  tenantId: values.tenant ?? env.FAKE_TENANT,
  faults: { latencyMs: num(values.latency ?? env.FAKE_LATENCY, 0), ...faults },
}).catch((error: NodeJS.ErrnoException) => {
  if (error.code !== 'EADDRINUSE') throw error
  console.error(portInUseMessage(port, 'npm run fake-server').replace('PORT=', 'FAKE_PORT='))
  process.exit(1)
})

console.log(`Fake LoanPro tenant listening: ${server.baseUrl}`)

const stop = () => void server.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
