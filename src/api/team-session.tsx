import { createContext, useContext, useState, type ReactNode } from 'react'

import { readSignedInUser, roleAllows, type Capability, type SignedInUser } from './team-user'

export { ROLE_LABELS, type SignedInUser, type TeamRole } from './team-user'

// The signed-in person (team mode) for the whole app; features ask `useCan(...)`.
const TeamUserContext = createContext<SignedInUser | null>(null)

/** `user` defaults to the one in the page; tests pass their own. */
export function TeamUserProvider({
  user,
  children,
}: {
  user?: SignedInUser | null
  children: ReactNode
}) {
  const [fromPage] = useState(() => (user === undefined ? readSignedInUser() : null))
  return (
    <TeamUserContext.Provider value={user === undefined ? fromPage : user}>
      {children}
    </TeamUserContext.Provider>
  )
}

export function useSignedInUser(): SignedInUser | null {
  return useContext(TeamUserContext)
}

/** Whether the UI offers `capability`: always outside team mode. */
export function useCan(capability: Capability): boolean {
  const user = useSignedInUser()
  return user === null || roleAllows(user.role, capability)
}
