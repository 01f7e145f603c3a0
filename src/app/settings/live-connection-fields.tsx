export interface LiveFields {
  baseUrl: string
  tenantId: string
  token: string
}

interface LiveConnectionFieldsProps {
  fields: LiveFields
  onChange: (fields: LiveFields) => void
  readOnly?: boolean
}

export function LiveConnectionFields({
  fields,
  onChange,
  readOnly = false,
}: LiveConnectionFieldsProps) {
  const update = (key: keyof LiveFields) => (event: React.ChangeEvent<HTMLInputElement>) =>
    onChange({ ...fields, [key]: event.target.value })
  return (
    <div className="settings__fields">
      <label className="field">
        <span className="field__label">Base URL</span>
        <input
          className="input"
          type="url"
          value={fields.baseUrl}
          onChange={update('baseUrl')}
          readOnly={readOnly}
          placeholder="https://loanpro.simnang.com/api/public/api/1/"
          autoComplete="url"
          spellCheck={false}
        />
      </label>
      <label className="field">
        <span className="field__label">Tenant ID</span>
        <input
          className="input"
          value={fields.tenantId}
          onChange={update('tenantId')}
          readOnly={readOnly}
          inputMode="numeric"
          autoComplete="off"
        />
      </label>
      {readOnly ? null : (
        <label className="field">
          <span className="field__label">API token</span>
          <input
            className="input"
            type="password"
            value={fields.token}
            onChange={update('token')}
            autoComplete="off"
            spellCheck={false}
          />
        </label>
      )}
    </div>
  )
}
