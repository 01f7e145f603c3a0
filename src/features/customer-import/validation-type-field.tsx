import type { ValidationType } from './engine/parse/removal-problems'

const TYPES: ReadonlyArray<{ value: ValidationType; label: string; hint: string }> = [
  {
    value: 'file',
    label: 'File rejection',
    hint: 'Any row with an error rejects the whole file; nothing is removed until it is fixed.',
  },
  {
    value: 'line',
    label: 'Line rejection',
    hint: 'Valid rows are removed; rows with errors are skipped and listed.',
  },
]

interface ValidationTypeFieldProps {
  value: ValidationType
  onChange: (type: ValidationType) => void
  disabled: boolean
}

export function ValidationTypeField({ value, onChange, disabled }: ValidationTypeFieldProps) {
  return (
    <div className="import-choice">
      <span className="field__label" id="validation-type-label">
        Validation type
      </span>
      <div
        role="radiogroup"
        aria-labelledby="validation-type-label"
        className="import-choice__list"
      >
        {TYPES.map((type) => (
          <div key={type.value} className="import-choice__option">
            <label className="import-choice__label">
              <input
                type="radio"
                name="validation-type"
                value={type.value}
                checked={value === type.value}
                disabled={disabled}
                aria-describedby={`validation-type-${type.value}`}
                onChange={() => onChange(type.value)}
              />
              {type.label}
            </label>
            <span id={`validation-type-${type.value}`} className="field__hint">
              {type.hint}
            </span>
          </div>
        ))}
      </div>
    </div>
  )
}
