import { csvText, type CsvCell } from '../../lib/csv-cells'
import { downloadCsv } from '../../lib/download-file'
import { selectedIds, type CustomerSelection } from './customer-selection'
import { removalFileName } from './customers-csv-export'

/*
 * "Export removal file", loaded when pressed: the file's writing stays out of the list's
 * first load.
 */

/** The import wizard's removal file: `action,customerId` then `remove,<id>` per customer. */
export function removalFileCsv(selection: CustomerSelection): string {
  const rows: CsvCell[][] = [['action', 'customerId']]
  for (const id of selectedIds(selection)) rows.push(['remove', id])
  return csvText(rows)
}

/** Saves the selection as a removal file; returns the file's name. */
export function saveRemovalFile(selection: CustomerSelection): string {
  const fileName = removalFileName()
  downloadCsv(fileName, removalFileCsv(selection))
  return fileName
}
