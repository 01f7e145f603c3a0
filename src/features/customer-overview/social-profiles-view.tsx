import type { SocialProfile } from '../../api/nested-object-readers'
import { humanizeCode } from '../../lib/format'
import { safeHttpUrl } from './safe-url'
import { Cell, EmptyState } from './view-parts'

const NETWORK_NAMES: Readonly<Record<string, string>> = {
  linkedin: 'LinkedIn',
  twitter: 'X (Twitter)',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  tiktok: 'TikTok',
}

function networkName(code: string | null): string {
  const last = code?.split('.').pop()?.toLowerCase() ?? ''
  return NETWORK_NAMES[last] ?? humanizeCode(code)
}

/** Only http(s) URLs become links; anything else is shown as text, flagged. */
function ProfileLink({ url }: { url: string | null }) {
  if (!url) return <span className="muted">—</span>
  const href = safeHttpUrl(url)
  if (href) {
    return (
      <a href={href} target="_blank" rel="noopener noreferrer" className="overview-break">
        {url}
      </a>
    )
  }
  return (
    <span className="overview-break">
      {url} <span className="badge badge--warning">Not a web link</span>
    </span>
  )
}

export function SocialProfilesView({ value }: { value: SocialProfile[] }) {
  if (value.length === 0) return <EmptyState>No social profiles on file.</EmptyState>
  return (
    <div className="overview-table-wrap">
      <table className="overview-table" aria-label="Social profiles">
        <thead>
          <tr>
            <th scope="col">Network</th>
            <th scope="col">Username</th>
            <th scope="col">Profile</th>
          </tr>
        </thead>
        <tbody>
          {value.map((profile, index) => (
            <tr key={profile.id ?? `row-${index}`}>
              <td>{networkName(profile.profileType)}</td>
              <td>
                <Cell>{profile.profileUsername}</Cell>
              </td>
              <td>
                <ProfileLink url={profile.profileUrl} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
