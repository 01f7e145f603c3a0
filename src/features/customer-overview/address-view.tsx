import type { Address } from '../../api/nested-object-readers'
import { DescriptionList } from '../../components/description-list'
import { formatDateTime, humanizeCode } from '../../lib/format'
import { EmptyState, formatCountry, yesNo } from './view-parts'

/** One line for the header: "233 S Wacker Dr, Suite 4400, Chicago, IL 60606". */
export function formatAddressLine(address: Address): string {
  const state = address.state ? humanizeCode(address.state, '') : ''
  const cityLine = [address.city, [state, address.zipcode].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ')
  return [address.address1, address.address2, cityLine].filter(Boolean).join(', ')
}

interface AddressViewProps {
  value: Address | null
  /** "primary address" or "mail address", for the empty state. */
  noun: string
}

export function AddressView({ value, noun }: AddressViewProps) {
  if (!value) return <EmptyState>No {noun} on file.</EmptyState>
  const geo = value.geoLat && value.geoLon ? `${value.geoLat}, ${value.geoLon}` : null
  return (
    <div className="overview-stack">
      <div className="overview-badges">
        {value.isVerified ? (
          <span className="badge badge--success">Verified</span>
        ) : (
          <span className="badge badge--warning">Not verified</span>
        )}
        {value.isStandardized ? <span className="badge">Standardized</span> : null}
        {value.active ? null : <span className="badge badge--warning">Inactive</span>}
      </div>
      <div className="overview-fields">
        <DescriptionList
          items={[
            { term: 'Address line 1', value: value.address1 },
            { term: 'Address line 2', value: value.address2 },
            { term: 'City', value: value.city },
            { term: 'State', value: value.state ? humanizeCode(value.state) : null },
            { term: 'ZIP code', value: value.zipcode },
            { term: 'Country', value: formatCountry(value.country) },
            { term: 'Coordinates', value: geo },
            { term: 'Verified', value: yesNo(value.isVerified) },
            { term: 'Added', value: value.created ? formatDateTime(value.created) : null },
          ]}
        />
      </div>
    </div>
  )
}
