import { Activity, useState, type ReactNode } from 'react'
import {
  UNSAFE_LocationContext as LocationContext,
  useLocation,
  useNavigationType,
} from 'react-router'
import { Component as CustomersRoute } from './routes/customers-route'
import './customers-area.css'

/** One element for the area's life: while hidden, the list is not drawn again for nothing. */
const LIST = <CustomersRoute />

/**
 * What react-router's hooks read as the location (its own context, exported as UNSAFE_):
 * `<Routes location>` would not do, as it matches below the current route, the overview's.
 */
type ListLocation = {
  location: ReturnType<typeof useLocation>
  navigationType: ReturnType<typeof useNavigationType>
}

/**
 * `/customers` and `/customers/:id` (`overview`): the list stays mounted, hidden, while a
 * customer opened from it is shown. Coming back shows it at once, as it was left: its rows,
 * selection and place, with no search to run and no rows to draw again; opening a customer
 * does not tear it down. The hidden list goes on reading the URL it was left at, not the
 * overview's. A customer opened by its URL, with no list before it, is shown alone.
 *
 * Both routes render this component at the same place, so React keeps it (and the list)
 * across them; the overview suspends inside the same boundary as the list, so that a link
 * waits on the list until the overview can show (customer-route.tsx).
 */
export function CustomersArea({ overview }: { overview?: ReactNode }) {
  const location = useLocation()
  const navigationType = useNavigationType()
  const [list, setList] = useState<ListLocation | null>(() =>
    overview ? null : { location, navigationType },
  )
  if (!overview && list?.location !== location) setList({ location, navigationType })
  return (
    <>
      {list ? (
        // Inert while hidden, on a box outside the Activity (whose hidden content updates
        // later): nothing in it can be reached, and its focus is no one's (the overview takes
        // it). The box lays nothing out.
        <div className="customers-area__list" inert={Boolean(overview)}>
          <Activity mode={overview ? 'hidden' : 'visible'}>
            <LocationContext.Provider value={list}>{LIST}</LocationContext.Provider>
          </Activity>
        </div>
      ) : null}
      {overview}
    </>
  )
}
