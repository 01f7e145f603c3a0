import type { ImportPhase } from './engine/import-engine'

const STEPS = ['Upload', 'Validate', 'Run'] as const
type Step = (typeof STEPS)[number]

export function stepOf(phase: ImportPhase): Step {
  if (phase === 'running') return 'Run'
  if (phase === 'idle' || phase === 'parsing' || phase === 'rejected') return 'Upload'
  return 'Validate'
}

export function ImportSteps({ phase }: { phase: ImportPhase }) {
  const current = STEPS.indexOf(stepOf(phase))
  return (
    <ol className="import-steps" aria-label="Import steps">
      {STEPS.map((step, i) => {
        const state = i < current ? 'done' : i === current ? 'current' : 'next'
        return (
          <li
            key={step}
            className={`import-steps__step import-steps__step--${state}`}
            aria-current={i === current ? 'step' : undefined}
          >
            <span className="import-steps__number" aria-hidden="true">
              {state === 'done' ? '✓' : i + 1}
            </span>
            {step}
            {state === 'done' ? <span className="visually-hidden"> (done)</span> : null}
          </li>
        )
      })}
    </ol>
  )
}
