import { FETCH_STYLES, useFetchStyle } from '../../api/fetch-style'

/** The same preference as in Settings, at hand where its effect shows. */
export function FetchStyleSwitch() {
  const [value, onChange] = useFetchStyle()
  return (
    <div role="radiogroup" aria-label="Fetch style" className="overview-segmented">
      <span className="overview-segmented__label" aria-hidden="true">
        Fetch
      </span>
      {FETCH_STYLES.map((style) => (
        <label key={style.value} className="overview-segmented__option">
          <input
            type="radio"
            name="overview-fetch-style"
            value={style.value}
            checked={value === style.value}
            onChange={() => onChange(style.value)}
          />
          <span>{style.label}</span>
        </label>
      ))}
    </div>
  )
}
