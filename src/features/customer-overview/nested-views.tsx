import type { ReactNode } from 'react'
import type { NestedObjectKey } from '../../api/nested-objects'
import type { NestedObjectValue } from '../../api/nested-object-values'
import { AddressView } from './address-view'
import { CreditScoreView } from './credit-score-view'
import { EmployerView } from './employer-view'
import { TABLE_VIEWS } from './nested-table-columns'
import { NotesView } from './notes-view'
import { PaymentAccountsView } from './payment-accounts-view'

type NestedViews = { [K in NestedObjectKey]: (value: NestedObjectValue<K>) => ReactNode }

/**
 * One view per nested object: a table from its columns (nested-table-columns.tsx), or a view
 * of its own below. The type makes an object with neither a compile error here.
 */
const NESTED_VIEWS: NestedViews = {
  ...TABLE_VIEWS,
  PrimaryAddress: (value) => <AddressView value={value} noun="primary address" />,
  MailAddress: (value) => <AddressView value={value} noun="mail address" />,
  Employer: (value) => <EmployerView value={value} />,
  CreditScore: (value) => <CreditScoreView value={value} />,
  PaymentAccounts: (value) => <PaymentAccountsView value={value} />,
  Notes: (value) => <NotesView value={value} />,
}

export function renderNestedView<K extends NestedObjectKey>(key: K, value: NestedObjectValue<K>) {
  const view: NestedViews[K] = NESTED_VIEWS[key]
  return view(value)
}
