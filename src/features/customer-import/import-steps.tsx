import type { ImportPhase } from './engine/import-engine'

const STEPS = ['Upload', 'Validate', 'Confirm', 'Run'] as const
type Step = (typeof STEPS)[number]

/** The card heading each step brings into view (ids set by the step cards). */
const HEADING: Record<Step, string> = {
  Upload: 'import-upload',
  Validate: 'import-validate',
  Confirm: 'import-confirm',
  Run: 'import-run',
}

export function stepOf(phase: ImportPhase): Step {
  if (phase === 'running') return 'Run'
  if (phase === 'idle' || phase === 'parsing' || phase === 'rejected') return 'Upload'
  if (phase === 'validated') return 'Confirm'
  return 'Validate'
}

/** Brings an earlier step's card into view and moves the focus to its heading. */
function goTo(step: Step) {
  const heading = document.getElementById(HEADING[step])
  if (!heading) return
  heading.setAttribute('tabindex', '-1')
  heading.scrollIntoView?.({ block: 'start', behavior: 'smooth' })
  heading.focus()
}

export function ImportSteps({ phase }: { phase: ImportPhase }) {
  const current = STEPS.indexOf(stepOf(phase))
  return (
    <ol className="import-steps" aria-label="Import steps">
      {STEPS.map((step, i) => {
        const state = i < current ? 'done' : i === current ? 'current' : 'next'
        const number = (
          <span className="import-steps__number" aria-hidden="true">
            {state === 'done' ? '✓' : i + 1}
          </span>
        )
        return (
          <li
            key={step}
            className={`import-steps__step import-steps__step--${state}`}
            aria-current={i === current ? 'step' : undefined}
          >
            {state === 'done' ? (
              // An earlier step stays reachable: its card is still on the page.
              <button type="button" className="import-steps__link" onClick={() => goTo(step)}>
                {number}
                {step}
                <span className="visually-hidden"> (done)</span>
              </button>
            ) : (
              <>
                {number}
                {step}
              </>
            )}
          </li>
        )
      })}
    </ol>
  )
}
