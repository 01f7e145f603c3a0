/** The overview's tabs, in the contract's order (docs/ui-contract.md#customer-overview). */
export const CUSTOMER_SECTIONS = [
  'Details',
  'Primary Address',
  'Mail Address',
  'Phones',
  'Employer',
  'Credit Score',
  'Loans',
  'Payment Accounts',
  'References',
  'Social Profiles',
  'Documents',
  'Notes',
  'Custom Fields',
] as const
