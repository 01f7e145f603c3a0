import type { ReactNode } from 'react'
import type { NestedObjectKey } from '../../api/nested-objects'
import type { NestedObjectValue } from '../../api/nested-object-values'
import { AddressView } from './address-view'
import { CreditScoreView } from './credit-score-view'
import { CustomFieldsView } from './custom-fields-view'
import { DocumentsView } from './documents-view'
import { EmployerView } from './employer-view'
import { LoansView } from './loans-view'
import { NotesView } from './notes-view'
import { PaymentAccountsView } from './payment-accounts-view'
import { PhonesView } from './phones-view'
import { ReferencesView } from './references-view'
import { SocialProfilesView } from './social-profiles-view'

type NestedViews = { [K in NestedObjectKey]: (value: NestedObjectValue<K>) => ReactNode }

/** One view per nested object; the type makes a new object in the table a compile error here. */
export const NESTED_VIEWS: NestedViews = {
  PrimaryAddress: (value) => <AddressView value={value} noun="primary address" />,
  MailAddress: (value) => <AddressView value={value} noun="mail address" />,
  Phones: (value) => <PhonesView value={value} />,
  Employer: (value) => <EmployerView value={value} />,
  CreditScore: (value) => <CreditScoreView value={value} />,
  Loans: (value) => <LoansView value={value} />,
  PaymentAccounts: (value) => <PaymentAccountsView value={value} />,
  References: (value) => <ReferencesView value={value} />,
  SocialProfiles: (value) => <SocialProfilesView value={value} />,
  Documents: (value) => <DocumentsView value={value} />,
  Notes: (value) => <NotesView value={value} />,
  CustomFieldValues: (value) => <CustomFieldsView value={value} />,
}

export function renderNestedView<K extends NestedObjectKey>(key: K, value: NestedObjectValue<K>) {
  const view: NestedViews[K] = NESTED_VIEWS[key]
  return view(value)
}
