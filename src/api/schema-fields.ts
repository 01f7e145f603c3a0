import * as z from 'zod/mini'
import { parseLoanProDate, readFlag, readInteger, readMoney, readText } from './odata'

/*
 * Field readers for the zod schemas. Each accepts any input, so a missing, null or odd
 * field becomes null (or false for flags) instead of failing the whole entity.
 */

export const textField = z.transform((value: unknown) => readText(value))
export const integerField = z.transform((value: unknown) => readInteger(value))
export const moneyField = z.transform((value: unknown) => readMoney(value))
export const dateField = z.transform((value: unknown) => parseLoanProDate(value))
/** Flags are booleans in the app; an absent or unreadable flag counts as not set. */
export const flagField = z.transform((value: unknown) => readFlag(value) ?? false)
/** The id an entity must have: without it there is nothing to link to or delete. */
export const requiredIdField = z.pipe(integerField, z.number())
