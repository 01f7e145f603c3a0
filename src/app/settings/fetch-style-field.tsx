import { FETCH_STYLES, useFetchStyle } from '../../api/fetch-style'

export function FetchStyleField() {
  const [fetchStyle, setFetchStyle] = useFetchStyle()
  return (
    <fieldset className="radio-group" role="radiogroup" aria-label="Fetch style">
      <legend>Fetch style</legend>
      {FETCH_STYLES.map((style) => (
        <label key={style.value}>
          <input
            type="radio"
            name="fetch-style"
            value={style.value}
            checked={fetchStyle === style.value}
            onChange={() => setFetchStyle(style.value)}
          />
          {style.label}
        </label>
      ))}
      <p className="field__hint">
        How the customer overview reads LoanPro: one request per tab (
        <code>Customers(id)/Phones</code>), or one request for everything with <code>$expand</code>.
        Both show the same data.
      </p>
    </fieldset>
  )
}
