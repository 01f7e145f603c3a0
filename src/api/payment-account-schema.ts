import * as z from 'zod/mini'
import { isDeferred, isJsonObject } from './odata'
import { flagField, integerField, textField } from './schema-fields'

/** Account numbers arrive masked (`XXXXXX6789`); the UI masks them further by default. */
export interface CheckingAccount {
  id: number | null
  accountType: string | null
  bankName: string | null
  accountNumber: string | null
  routingNumber: string | null
}

export const checkingAccountSchema: z.ZodMiniType<CheckingAccount> = z.object({
  id: integerField,
  accountType: textField,
  bankName: textField,
  accountNumber: textField,
  routingNumber: textField,
})

export interface CreditCard {
  id: number | null
  cardType: string | null
  cardNumber: string | null
  cardExpiration: string | null
  cardHolderName: string | null
}

export const creditCardSchema: z.ZodMiniType<CreditCard> = z.object({
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
  /** From an expanded `CheckingAccount`; null when absent, empty or deferred. */
  checkingAccount: CheckingAccount | null
  /** From an expanded `CreditCard`; null when absent, empty or deferred. */
  creditCard: CreditCard | null
}

/** The navigation properties below a payment account, as LoanPro names them. */
export const PAYMENT_ACCOUNT_DETAILS = ['CheckingAccount', 'CreditCard'] as const

function readDetail<T>(schema: z.ZodMiniType<T>, value: unknown): T | null {
  if (!isJsonObject(value) || isDeferred(value)) return null
  // An empty object (or one with only metadata) is how some tenants say "none".
  if (Object.keys(value).every((key) => key === '__metadata')) return null
  const parsed = schema.safeParse(value)
  return parsed.success ? parsed.data : null
}

export const paymentAccountSchema: z.ZodMiniType<PaymentAccount> = z.pipe(
  z.object({
    id: integerField,
    title: textField,
    type: textField,
    isPrimary: flagField,
    isSecondary: flagField,
    active: flagField,
    CheckingAccount: z.transform((value: unknown) => readDetail(checkingAccountSchema, value)),
    CreditCard: z.transform((value: unknown) => readDetail(creditCardSchema, value)),
  }),
  z.transform(({ CheckingAccount, CreditCard, ...fields }) => ({
    ...fields,
    checkingAccount: CheckingAccount,
    creditCard: CreditCard,
  })),
)
