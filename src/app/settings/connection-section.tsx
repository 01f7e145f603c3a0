import { useState, type FormEvent } from 'react'
import { checkBaseUrl, normalizeToken } from '../../api/connection'
import { useAnnounce } from '../../components/announcer'
import { useConnection } from '../connection/connection-context'
import { readRememberedTenant } from '../connection/connection-settings'
import { LiveConnectionFields, type LiveFields } from './live-connection-fields'
import { testConnection, type ConnectionTestResult } from './test-connection'

type Choice = 'demo' | 'browser'

export function ConnectionSection() {
  const { settings, connect } = useConnection()
  const announce = useAnnounce()
  const remembered = readRememberedTenant()
  const [choice, setChoice] = useState<Choice>(settings.kind === 'browser' ? 'browser' : 'demo')
  const [fields, setFields] = useState<LiveFields>({
    baseUrl: settings.kind === 'browser' ? settings.baseUrl : remembered.baseUrl,
    tenantId: settings.kind === 'browser' ? settings.tenantId : remembered.tenantId,
    token: settings.kind === 'browser' ? settings.token : '',
  })
  const [result, setResult] = useState<ConnectionTestResult | null>(null)
  const [busy, setBusy] = useState(false)

  if (settings.kind === 'proxy') {
    return (
      <section className="card settings__section" aria-labelledby="connection-title">
        <h2 id="connection-title">Connection</h2>
        <p>
          This server connects to a LoanPro tenant for you and holds its API token, so the token
          never reaches this browser. To change the tenant, change the server&apos;s settings.
        </p>
        <LiveConnectionFields
          fields={{
            baseUrl: '/api/loanpro/ (server proxy)',
            tenantId: 'Set on the server',
            token: '',
          }}
          readOnly
          onChange={() => undefined}
        />
      </section>
    )
  }

  // The token is sent only to a base URL that is absolute http(s); a relative one would
  // resolve against this app's own origin.
  const baseUrlCheck = fields.baseUrl.trim() === '' ? null : checkBaseUrl(fields.baseUrl)
  const token = fields.token === '' ? null : normalizeToken(fields.token)
  const tenantId = fields.tenantId.trim()
  const tenantIdValid = /^\d+$/.test(tenantId)
  const problems = [
    baseUrlCheck?.error,
    tenantId !== '' && !tenantIdValid ? 'The tenant ID is a number, e.g. 5200000.' : undefined,
    fields.token !== '' && token === null
      ? 'The API token contains spaces, line breaks or other characters a token never has. Copy it again.'
      : undefined,
  ].filter((problem): problem is string => problem !== undefined)
  const complete = Boolean(baseUrlCheck?.baseUrl) && tenantIdValid && token !== null
  const live = () => ({
    baseUrl: baseUrlCheck?.baseUrl ?? '',
    tenantId,
    token: token ?? '',
  })

  const runTest = async () => {
    setBusy(true)
    setResult(null)
    setResult(await testConnection(live()))
    setBusy(false)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    try {
      if (choice === 'demo') {
        await connect({ kind: 'demo' })
        announce('Connected to the demo tenant.', 'success')
      } else {
        await connect({ kind: 'browser', ...live() })
        announce('Connected to the LoanPro tenant.', 'success')
      }
    } catch {
      setResult({
        ok: false,
        message: 'The demo tenant could not start in this browser. Reload the page and try again.',
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="card settings__section" aria-labelledby="connection-title">
      <h2 id="connection-title">Connection</h2>
      <form onSubmit={(event) => void submit(event)}>
        <fieldset className="radio-group" role="radiogroup" aria-label="Connection">
          <legend className="visually-hidden">Connection</legend>
          <label>
            <input
              type="radio"
              name="connection"
              checked={choice === 'demo'}
              onChange={() => setChoice('demo')}
            />
            Demo tenant
          </label>
          <label>
            <input
              type="radio"
              name="connection"
              checked={choice === 'browser'}
              onChange={() => setChoice('browser')}
            />
            LoanPro tenant
          </label>
        </fieldset>
        {choice === 'browser' ? (
          <>
            <p className="field__hint">
              This browser calls LoanPro directly. The token stays in this tab only (session
              storage) and is sent only to the base URL. For a shared or kiosk computer, prefer the
              server connection described in the README.
            </p>
            <LiveConnectionFields fields={fields} onChange={setFields} />
            {problems.map((problem) => (
              <p key={problem} className="field__hint settings__problem">
                {problem}
              </p>
            ))}
            {baseUrlCheck?.warning ? (
              <p className="field__hint settings__problem">{baseUrlCheck.warning}</p>
            ) : null}
          </>
        ) : (
          <p className="field__hint">
            A fake LoanPro with 2,500 customers, running inside this browser. No account needed.
          </p>
        )}
        <div className="settings__actions">
          {choice === 'browser' ? (
            <button
              type="button"
              className="button"
              disabled={!complete || busy}
              onClick={() => void runTest()}
            >
              Test connection
            </button>
          ) : null}
          <button
            type="submit"
            className="button button--primary"
            disabled={busy || (choice === 'browser' && !complete)}
          >
            Connect
          </button>
        </div>
        <div
          role="status"
          className={`settings__status settings__status--${result?.ok ? 'ok' : 'error'}`}
        >
          {busy ? 'Checking…' : (result?.message ?? '')}
        </div>
      </form>
    </section>
  )
}
