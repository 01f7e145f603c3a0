import { ROLE_LABELS, useSignedInUser } from '../../api/team-session'

/** Sign-out goes through the server (it ends the session, then at the identity provider). */
export const SIGN_OUT_PATH = '/auth/logout'

/** Team mode: who is signed in, their role, and Sign out. Nothing outside team mode. */
export function SignedInUser({ signOut = () => window.location.assign(SIGN_OUT_PATH) }) {
  const user = useSignedInUser()
  if (!user) return null
  return (
    <div className="app__user">
      <span className="app__user-name" title={user.email ?? undefined}>
        {user.name}
      </span>
      <span className="app__user-role">{ROLE_LABELS[user.role]}</span>
      <button type="button" className="button button--ghost button--small" onClick={signOut}>
        Sign out
      </button>
    </div>
  )
}
