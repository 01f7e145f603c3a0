/**
 * The twelve nested objects of a LoanPro customer. Tabs (in this order), requests in both
 * fetch styles, the `$expand` fallback, the fake tenant's routes and the tests are driven by
 * this table. A new object needs, besides its row here (last, see nested-generator.ts):
 * 1. its entity reader in NESTED_OBJECT_READERS (nested-object-readers.ts); its value type
 *    follows from the reader and the row's `kind`;
 * 2. its view: columns in TABLE_VIEWS (features/customer-overview/nested-table-columns.tsx)
 *    for a collection shown as a table, else an entry in NESTED_VIEWS (nested-views.tsx);
 * 3. its generator in NESTED_GENERATORS (mocks/nested-generator.ts), so the fake tenant has it.
 * Each of these is keyed by NestedObjectKey: leaving one out is a compile error.
 */
export const NESTED_OBJECTS = [
  {
    key: 'PrimaryAddress',
    label: 'Primary Address',
    slug: 'primary-address',
    kind: 'single',
    entityType: 'Entity.Address',
    expand: ['PrimaryAddress'],
  },
  {
    key: 'MailAddress',
    label: 'Mail Address',
    slug: 'mail-address',
    kind: 'single',
    entityType: 'Entity.Address',
    expand: ['MailAddress'],
  },
  {
    key: 'Phones',
    label: 'Phones',
    slug: 'phones',
    kind: 'collection',
    entityType: 'Entity.Phone',
    expand: ['Phones'],
  },
  {
    key: 'Employer',
    label: 'Employer',
    slug: 'employer',
    kind: 'single',
    entityType: 'Entity.Employer',
    expand: ['Employer'],
  },
  {
    key: 'CreditScore',
    label: 'Credit Score',
    slug: 'credit-score',
    kind: 'single',
    entityType: 'Entity.CreditScore',
    expand: ['CreditScore'],
  },
  {
    key: 'Loans',
    label: 'Loans',
    slug: 'loans',
    kind: 'collection',
    entityType: 'Entity.Loan',
    // `loanRole` is on the loan; its status is in its LoanSettings, the status name one link
    // further (LoanPro's SDK: LOAN.php, LOAN_SETTINGS.php; docs/loanpro-api.md §5).
    expand: ['Loans', 'Loans/LoanSettings', 'Loans/LoanSettings/LoanStatus'],
    // Only the status name needs them: a tenant that refuses them still shows the loans.
    optionalExpand: ['Loans/LoanSettings', 'Loans/LoanSettings/LoanStatus'],
  },
  {
    key: 'PaymentAccounts',
    label: 'Payment Accounts',
    slug: 'payment-accounts',
    kind: 'collection',
    entityType: 'Entity.PaymentAccount',
    // The account details are themselves nested: ask for them in both fetch styles.
    expand: ['PaymentAccounts', 'PaymentAccounts/CheckingAccount', 'PaymentAccounts/CreditCard'],
  },
  {
    key: 'References',
    label: 'References',
    slug: 'references',
    kind: 'collection',
    entityType: 'Entity.Reference',
    expand: ['References'],
  },
  {
    key: 'SocialProfiles',
    label: 'Social Profiles',
    slug: 'social-profiles',
    kind: 'collection',
    entityType: 'Entity.SocialProfile',
    expand: ['SocialProfiles'],
  },
  {
    key: 'Documents',
    label: 'Documents',
    slug: 'documents',
    kind: 'collection',
    entityType: 'Entity.CustomerDocument',
    expand: ['Documents'],
  },
  {
    key: 'Notes',
    label: 'Notes',
    slug: 'notes',
    kind: 'collection',
    entityType: 'Entity.Note',
    // Category and author names are deferred links (docs/loanpro-api.md §8).
    expand: ['Notes', 'Notes/Category', 'Notes/Author'],
  },
  {
    key: 'CustomFieldValues',
    label: 'Custom Fields',
    slug: 'custom-fields',
    kind: 'collection',
    entityType: 'Entity.CustomFieldValue',
    // Without the CustomField link a value only knows its field's number.
    expand: ['CustomFieldValues', 'CustomFieldValues/CustomField'],
  },
] as const satisfies readonly NestedObjectDefinition[]

export interface NestedObjectDefinition {
  /** LoanPro's navigation property name, as used in URLs and `$expand`. */
  key: string
  /** Human label, also the tab name (docs/ui-contract.md#customer-overview). */
  label: string
  /** Tab slug in `/customers/:id/:tab`. */
  slug: string
  kind: 'single' | 'collection'
  /** `__metadata.type` of the object's entities. */
  entityType: string
  /** `$expand` paths that fetch the object completely, first one is the object itself. */
  expand: readonly string[]
  /**
   * Paths of `expand` that only add labels: when the object's own request with them is
   * refused (409), it is asked for again without them (getNestedObject).
   */
  optionalExpand?: readonly string[]
}

export type NestedObject = (typeof NESTED_OBJECTS)[number]
export type NestedObjectKey = NestedObject['key']

export const NESTED_OBJECT_KEYS: readonly NestedObjectKey[] = NESTED_OBJECTS.map((o) => o.key)

/** Every `$expand` path of every object, for the one-request fetch style. */
export const ALL_EXPAND_PATHS: readonly string[] = NESTED_OBJECTS.flatMap((o) => o.expand)

/** The same without the label-only paths, for a tenant that refuses one of those. */
export const REQUIRED_EXPAND_PATHS: readonly string[] = NESTED_OBJECTS.flatMap((o) =>
  o.expand.filter((path) => !(o as NestedObjectDefinition).optionalExpand?.includes(path)),
)

export function nestedObjectByKey(key: string): NestedObject | undefined {
  return NESTED_OBJECTS.find((o) => o.key === key)
}

/**
 * Expand paths below an object, relative to it (`PaymentAccounts/CreditCard` → `CreditCard`,
 * `Loans/LoanSettings/LoanStatus` → `LoanSettings/LoanStatus`); `requiredOnly` leaves out its
 * optional ones.
 */
export function subExpandPaths(object: NestedObjectDefinition, requiredOnly = false): string[] {
  return object.expand
    .slice(1)
    .filter((path) => !requiredOnly || !object.optionalExpand?.includes(path))
    .map((path) => path.slice(object.key.length + 1))
}
