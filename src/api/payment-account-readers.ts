import {
  entityReader,
  flagField,
  integerField,
  readRecord,
  recordReader,
  textField,
  type EntityReader,
  type RecordOf,
} from './field-readers'
import { isDeferred, isJsonObject, readFlag } from './odata'

/* A payment account and the bank or card details nested below it; each type is what its reader returns. */

/** Account numbers arrive masked (`XXXXXX6789`); the UI masks them further by default. */
const CHECKING_ACCOUNT_FIELDS = {
  id: integerField,
  accountType: textField,
  bankName: textField,
  accountNumber: textField,
  routingNumber: textField,
}
export type CheckingAccount = RecordOf<typeof CHECKING_ACCOUNT_FIELDS>
const checkingAccountReader = recordReader('checking account', CHECKING_ACCOUNT_FIELDS)

const CREDIT_CARD_FIELDS = {
  id: integerField,
  cardType: textField,
  cardNumber: textField,
  cardExpiration: textField,
  cardHolderName: textField,
}
export type CreditCard = RecordOf<typeof CREDIT_CARD_FIELDS>
const creditCardReader = recordReader('credit card', CREDIT_CARD_FIELDS)

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
  /** LoanPro's `visible` flag; an account without one counts as visible. */
  visible: (value: unknown) => readFlag(value) ?? true,
  /** From an expanded `CheckingAccount`; null when absent, empty or deferred. */
  checkingAccount: (value: unknown) => readDetail(checkingAccountReader, value),
  /** From an expanded `CreditCard`; null when absent, empty or deferred. */
  creditCard: (value: unknown) => readDetail(creditCardReader, value),
}
export type PaymentAccount = RecordOf<typeof PAYMENT_ACCOUNT_FIELDS>

export const paymentAccountReader = entityReader('payment account', (raw) =>
  isJsonObject(raw)
    ? readRecord(
        { ...raw, checkingAccount: raw.CheckingAccount, creditCard: raw.CreditCard },
        PAYMENT_ACCOUNT_FIELDS,
      )
    : null,
)
