/**
 * Customers at fixed ids that tests, e2e journeys and the demo rely on. Names are exact:
 * `name` is what the overview heading shows (first + last name, or the company name).
 */
export const DEMO_FIXTURES = {
  full: {
    id: 1001,
    firstName: 'Margaret',
    lastName: 'Fullerton',
    name: 'Margaret Fullerton',
    loansCount: 2,
  },
  empty: { id: 1002, firstName: 'Ethan', lastName: 'Blank', name: 'Ethan Blank', loansCount: 0 },
  hostile: {
    id: 1003,
    firstName: '<script>window.__xss=1</script>',
    lastName: '=HYPERLINK("http://evil","x")',
    name: '<script>window.__xss=1</script> =HYPERLINK("http://evil","x")',
    loansCount: 0,
  },
  manyNotes: {
    id: 1004,
    firstName: 'Nora',
    lastName: 'Whitfield',
    name: 'Nora Whitfield',
    loansCount: 0,
    notesCount: 500,
  },
  company: { id: 1005, companyName: 'Acme Freight LLC', name: 'Acme Freight LLC', loansCount: 0 },
  jose: { id: 1006, firstName: 'José', lastName: 'Álvarez', name: 'José Álvarez', loansCount: 0 },
  zoe: { id: 1007, firstName: 'Zoë', lastName: 'Faure', name: 'Zoë Faure', loansCount: 0 },
  lukasz: {
    id: 1008,
    firstName: 'Łukasz',
    lastName: 'Wiśniewski',
    name: 'Łukasz Wiśniewski',
    loansCount: 0,
  },
  cjk: { id: 1009, firstName: '小龙', lastName: '李', name: '小龙 李', loansCount: 0 },
  deletable: {
    id: 1010,
    firstName: 'Dale',
    lastName: 'Removable',
    name: 'Dale Removable',
    loansCount: 0,
  },
  linked: {
    id: 1011,
    firstName: 'Linda',
    lastName: 'Loanholder',
    name: 'Linda Loanholder',
    loansCount: 3,
  },
} as const
