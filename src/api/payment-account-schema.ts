import {
  entityReader,
  flagField,
  integerField,
  readRecord,
  recordReader,
  textField,
  type EntityReader,
} from './field-readers'
import { isDeferred, isJsonObject, readFlag } from './odata'

/** Account numbers arrive masked (`XXXXXX6789`); the UI masks them further by default. */
export interface CheckingAccount {
  id: number | null
  accountType: string | null
  bankName: string | null
  accountNumber: string | null
  routingNumber: string | null
}

export const checkingAccountSchema: EntityReader<CheckingAccount> = recordReader(
  'checking account',
  {
    id: integerField,
    accountType: textField,
    bankName: textField,
    accountNumber: textField,
    routingNumber: textField,
  },
)

export interface CreditCard {
  id: number | null
  cardType: string | null
  cardNumber: string | null
  cardExpiration: string | null
  cardHolderName: string | null
}

export const creditCardSchema: EntityReader<CreditCard> = recordReader('credit card', {
  id: integerField,
  cardType: textField,
  cardNumber: textField,
  cardExpiration: textField,
  cardHolderName: textField,
})

export interface PaymentAccount {
  id: number | null
  title: string | null
  type: string | null
  isPrimary: boolean
  isSecondary: boolean
  active: boolean
  /** LoanPro's `visible` flag; an account without one counts as visible. */
  visible: boolean
  /** From an expanded `CheckingAccount`; null when absent, empty or deferred. */
  checkingAccount: CheckingAccount | null
  /** From an expanded `CreditCard`; null when absent, empty or deferred. */
  creditCard: CreditCard | null
}

/** The navigation properties below a payment account, as LoanPro names them. */
export const PAYMENT_ACCOUNT_DETAILS = ['CheckingAccount', 'CreditCard'] as const

function readDetail<T>(reader: EntityReader<T>, value: unknown): T | null {
  if (!isJsonObject(value) || isDeferred(value)) return null
  // An empty object (or one with only metadata) is how some tenants say "none".
  if (Object.keys(value).every((key) => key === '__metadata')) return null
  return reader.read(value)
}

const PAYMENT_ACCOUNT_FIELDS = {
  id: integerField,
  title: textField,
  type: textField,
  isPrimary: flagField,
  isSecondary: flagField,
  // Absent flags count as set: only an explicit 0 hides an account.
  active: (value: unknown) => readFlag(value) ?? true,
  visible: (value: unknown) => readFlag(value) ?? true,
  checkingAccount: (value: unknown) => readDetail(checkingAccountSchema, value),
  creditCard: (value: unknown) => readDetail(creditCardSchema, value),
}

export const paymentAccountSchema: EntityReader<PaymentAccount> = entityReader(
  'payment account',
  (raw) =>
    isJsonObject(raw)
      ? readRecord(
          { ...raw, checkingAccount: raw.CheckingAccount, creditCard: raw.CreditCard },
          PAYMENT_ACCOUNT_FIELDS,
        )
      : null,
)
