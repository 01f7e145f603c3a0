import { SIZE_LIMIT_BYTES } from './removal-problems'

/** Why a file cannot be a CSV removal file, found before parsing starts. */
export type PrecheckResult =
  | { ok: true }
  | {
      ok: false
      code: 'empty' | 'too-big' | 'spreadsheet' | 'binary' | 'no-header'
      reason: string
    }

const SNIFF_BYTES = 64 * 1024
const SPREADSHEET_EXTENSIONS = /\.(xlsx|xlsm|xls|ods|numbers)$/i
// Old Excel (.xls) files are OLE compound documents.
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte)
}

/** Looks at the size, name and first 64 KB of `file`; reads nothing more. */
export async function precheckCsvFile(
  file: Blob,
  fileName = file instanceof File ? file.name : '',
  sizeLimit = SIZE_LIMIT_BYTES,
): Promise<PrecheckResult> {
  if (file.size === 0) return { ok: false, code: 'empty', reason: 'The file is empty.' }
  if (file.size > sizeLimit) {
    const mb = Math.round(sizeLimit / (1024 * 1024))
    return {
      ok: false,
      code: 'too-big',
      reason: `The file is larger than ${mb} MB. Split it into smaller files and import them one by one.`,
    }
  }
  const bytes = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer())
  if (
    startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) ||
    startsWith(bytes, OLE_SIGNATURE) ||
    SPREADSHEET_EXTENSIONS.test(fileName)
  ) {
    return {
      ok: false,
      code: 'spreadsheet',
      reason:
        'This looks like a spreadsheet (Excel or OpenDocument), not a CSV file. Save it as "CSV UTF-8" and upload that.',
    }
  }
  const binary = {
    ok: false,
    code: 'binary',
    reason: 'The file is not text in UTF-8. Save it as "CSV UTF-8" and upload that.',
  } as const
  if (bytes.includes(0)) return binary
  let text: string
  try {
    // stream: true tolerates a character cut in two at the end of the sniffed chunk.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true })
  } catch {
    return binary
  }
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/, 1)[0] ?? ''
  if (firstLine.trim() === '' || !/[A-Za-z]/.test(firstLine)) {
    return {
      ok: false,
      code: 'no-header',
      reason: 'The first line must be a header row naming the columns, e.g. "action,customerId".',
    }
  }
  return { ok: true }
}
