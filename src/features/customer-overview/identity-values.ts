/* The identity strip's values: what staff compare with what a caller says. Pure, for tests. */

/** Whole years between a calendar date (UTC midnight, as LoanPro sends it) and `today`. */
export function ageOn(birthIso: string | null, today: Date): number | null {
  if (!birthIso) return null
  const birth = new Date(birthIso)
  if (Number.isNaN(birth.getTime())) return null
  const todayYear = today.getFullYear()
  let age = todayYear - birth.getUTCFullYear()
  const beforeBirthday =
    today.getMonth() < birth.getUTCMonth() ||
    (today.getMonth() === birth.getUTCMonth() && today.getDate() < birth.getUTCDate())
  if (beforeBirthday) age -= 1
  return age >= 0 && age < 150 ? age : null
}

/** The last four digits of a tax id, or null when it has fewer than four. */
export function lastFourDigits(value: string | null): string | null {
  const digits = value?.replace(/\D/g, '') ?? ''
  return digits.length >= 4 ? digits.slice(-4) : null
}

/** A company's tax id (LoanPro keeps it in `ssn`) as an EIN reads: "12-3456789". */
export function formatEin(value: string): string {
  const digits = value.replace(/\D/g, '')
  return digits.length === 9 ? `${digits.slice(0, 2)}-${digits.slice(2)}` : value
}

/**
 * A company's EIN: its government id when that is an employer number
 * (`customer.idType.employerNumber`), else the tax id LoanPro keeps in `ssn`.
 */
export function einOf(customer: {
  customerIdType: string | null
  customerId: string | null
  ssn: string | null
}): string | null {
  const employerNumber = /employernumber$/i.test(customer.customerIdType ?? '')
  return (employerNumber ? customer.customerId : null) ?? customer.ssn
}
