import { humanizeCode } from '../../lib/format'
import { safeHttpUrl } from './safe-url'

const NETWORK_NAMES: Readonly<Record<string, string>> = {
  linkedin: 'LinkedIn',
  twitter: 'X (Twitter)',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  tiktok: 'TikTok',
}

/** `customer.socialProfile.linkedin` → "LinkedIn"; other codes as words. */
export function networkName(code: string | null): string {
  const last = code?.split('.').pop()?.toLowerCase() ?? ''
  return NETWORK_NAMES[last] ?? humanizeCode(code)
}

/** Only http(s) URLs become links; anything else is shown as text, flagged. */
export function ProfileLink({ url }: { url: string | null }) {
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
