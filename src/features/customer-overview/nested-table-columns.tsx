import type {
  CustomerDocument,
  CustomFieldValue,
  Loan,
  Phone,
  Reference,
  SocialProfile,
} from '../../api/nested-object-readers'
import { formatDateTime, humanizeCode } from '../../lib/format'
import { tableView } from './nested-table'
import { ProfileLink, networkName } from './social-profile-link'
import { LoanStatus } from './loan-status'
import { formatFileSize, InactiveBadge, phoneText, RankBadges } from './view-parts'

/**
 * The collections shown as a table, keyed by nested object: the table's name, its empty
 * state and its columns. A collection listed here needs no entry in nested-views.tsx.
 */
export const TABLE_VIEWS = {
  Phones: tableView<Phone>({
    label: 'Phones',
    empty: 'No phones on file.',
    columns: [
      { header: 'Number', cell: (phone) => phoneText(phone.phone) },
      { header: 'Type', cell: (phone) => humanizeCode(phone.type), className: 'overview-nowrap' },
      { header: 'Carrier', cell: (phone) => phone.carrierName },
      {
        header: 'Status',
        cell: (phone) => (
          <span className="overview-badges">
            <RankBadges isPrimary={phone.isPrimary} isSecondary={phone.isSecondary} />
            {phone.dndEnabled ? <span className="badge badge--danger">Do not call</span> : null}
            {phone.isLandLine ? <span className="badge">Landline</span> : null}
            <InactiveBadge active={phone.active} />
          </span>
        ),
      },
    ],
  }),
  Loans: tableView<Loan>({
    label: 'Loans',
    empty: 'No loans linked to this customer.',
    columns: [
      {
        header: 'Loan',
        cell: (loan) => loan.displayId ?? (loan.id === null ? null : `#${loan.id}`),
        className: 'overview-nowrap',
      },
      { header: 'Title', cell: (loan) => loan.title },
      { header: 'Status', cell: (loan) => <LoanStatus loan={loan} /> },
      // `loan.customerRole.secondary` → "Secondary": the customer's role on this loan.
      { header: 'Role', cell: (loan) => (loan.loanRole ? humanizeCode(loan.loanRole) : null) },
      {
        header: 'Created',
        cell: (loan) => (loan.created ? formatDateTime(loan.created) : null),
        className: 'overview-nowrap',
      },
    ],
  }),
  References: tableView<Reference>({
    label: 'References',
    empty: 'No references on file.',
    columns: [
      { header: 'Name', cell: (reference) => reference.name },
      { header: 'Relation', cell: (reference) => humanizeCode(reference.relation) },
      {
        header: 'Primary phone',
        cell: (reference) => phoneText(reference.primaryPhone),
        className: 'overview-nowrap',
      },
      {
        header: 'Secondary phone',
        cell: (reference) => phoneText(reference.secondaryPhone),
        className: 'overview-nowrap',
      },
      {
        header: 'Status',
        cell: (reference) => (reference.active ? 'Active' : <InactiveBadge active={false} />),
      },
    ],
  }),
  SocialProfiles: tableView<SocialProfile>({
    label: 'Social profiles',
    empty: 'No social profiles on file.',
    columns: [
      { header: 'Network', cell: (profile) => networkName(profile.profileType) },
      { header: 'Username', cell: (profile) => profile.profileUsername },
      { header: 'Profile', cell: (profile) => <ProfileLink url={profile.profileUrl} /> },
    ],
  }),
  Documents: tableView<CustomerDocument>({
    label: 'Documents',
    empty: 'No documents on file.',
    columns: [
      {
        header: 'File name',
        cell: (document) => (
          <>
            {document.fileName ?? <span className="muted">—</span>}{' '}
            {document.archived ? <span className="badge">Archived</span> : null}
          </>
        ),
        className: 'overview-break',
      },
      {
        header: 'Description',
        cell: (document) => document.description,
        className: 'overview-break',
      },
      { header: 'Uploaded by', cell: (document) => document.userName },
      {
        header: 'Size',
        cell: (document) => formatFileSize(document.size),
        numeric: true,
        className: 'overview-nowrap',
      },
      {
        header: 'Uploaded',
        cell: (document) => (document.created ? formatDateTime(document.created) : null),
        className: 'overview-nowrap',
      },
    ],
  }),
  CustomFieldValues: tableView<CustomFieldValue>({
    label: 'Custom fields',
    empty: 'No custom fields on file.',
    columns: [
      {
        header: 'Field',
        // The name comes through the CustomField link; without it only the number is known.
        cell: (field) =>
          field.customFieldName ??
          (field.customFieldId === null ? 'Unnamed field' : `Field ${field.customFieldId}`),
        rowHeader: true,
      },
      { header: 'Value', cell: (field) => field.customFieldValue, className: 'overview-break' },
    ],
  }),
}
