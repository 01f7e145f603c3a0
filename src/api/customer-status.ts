/** How a customer's status reads at a glance; the badge always carries the status text too. */
type StatusTone = 'success' | 'warning' | 'danger'

/*
 * Statuses are tenant-defined labels (docs/loanpro-api.md §8: the defaults are Active and Lead),
 * so the tone comes from the words in the label, not from a fixed list of labels.
 */
const DANGER = /deceased|fraud|bankrupt|closed|charged/
const WARNING = /inactive|suspend|hold|pending/

/**
 * The one status tone (list rows and the overview header). `active` is the customer's own
 * flag where the caller has it (the overview; search rows do not carry it): an inactive
 * customer reads as a warning whatever the label says. Null: no tone, a plain badge.
 */
export function customerStatusTone(status: string | null, active = true): StatusTone | null {
  const label = status?.toLowerCase() ?? ''
  if (DANGER.test(label)) return 'danger'
  if (!active || WARNING.test(label)) return 'warning'
  return label === 'active' ? 'success' : null
}
