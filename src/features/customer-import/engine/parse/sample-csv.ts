import { csvText } from '../../../../lib/csv-cells'
import { SIZE_LIMIT_BYTES } from './removal-problems'

export const SAMPLE_CSV_FILE_NAME = 'customer-removal-sample.csv'

/** A small, valid removal file: the header and three example rows. */
export const SAMPLE_REMOVAL_CSV = csvText([
  ['action', 'customerId'],
  ['remove', 1042],
  ['remove', 1043],
  ['remove', 1187],
])

/** The file rules, as the wizard states them. */
export const REMOVAL_FILE_RULES: readonly string[] = [
  'Comma-delimited text, saved as UTF-8 ("CSV UTF-8" in Excel).',
  'Line 1 is a header row naming the columns: action,customerId.',
  'One customer per row: action is remove, customerId is the LoanPro system id.',
  'Other columns are allowed and ignored; no line breaks inside fields.',
  `At most ${Math.round(SIZE_LIMIT_BYTES / (1024 * 1024))} MB per file.`,
]
