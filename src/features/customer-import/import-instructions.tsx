import {
  REMOVAL_FILE_RULES,
  SAMPLE_CSV_FILE_NAME,
  SAMPLE_REMOVAL_CSV,
} from './engine/parse/sample-csv'

const SAMPLE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(SAMPLE_REMOVAL_CSV)}`

/** What the file must hold, the rules, and a sample to start from. */
export function ImportInstructions() {
  return (
    <section className="card import-card import-instructions" aria-labelledby="import-rules">
      <h2 id="import-rules" className="import-card__title">
        Instructions &amp; sample
      </h2>
      <p>
        Each row names one customer to remove: the column <code>action</code> holds{' '}
        <code>remove</code> and <code>customerId</code> holds the LoanPro customer id.
      </p>
      <ul className="import-instructions__rules">
        {REMOVAL_FILE_RULES.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      <pre className="import-instructions__sample" aria-label="Sample file">
        {SAMPLE_REMOVAL_CSV.replace(/\r\n/g, '\n')}
      </pre>
      <a className="button button--small" href={SAMPLE_HREF} download={SAMPLE_CSV_FILE_NAME}>
        Download sample CSV
      </a>
      <p className="muted import-instructions__note">
        Customers linked to a loan cannot be removed; unlink their loans in LoanPro first. Loans are
        never deleted.
      </p>
    </section>
  )
}
