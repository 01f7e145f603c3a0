import { Fragment } from 'react'

/**
 * An e-mail address that wraps where an address is wrapped in print: after the `@` and before
 * each dot of the domain (`<wbr>`), so a narrow column shows `ap@acmefreight` / `.example`
 * rather than `ap@acmefreight.exampl` / `e`. Its text (copy, find, accessible name) is the
 * address as it is. One span: in a flex container (a header fact) it stays one item.
 */
export function EmailAddress({ email }: { email: string }) {
  const at = email.lastIndexOf('@')
  if (at < 0) return <span>{email}</span>
  const [first = '', ...rest] = email.slice(at + 1).split('.')
  return (
    <span>
      {email.slice(0, at + 1)}
      <wbr />
      {first}
      {rest.map((label, index) => (
        <Fragment key={index}>
          <wbr />.{label}
        </Fragment>
      ))}
    </span>
  )
}
