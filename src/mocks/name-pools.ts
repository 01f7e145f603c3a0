/** Word lists for generated customers: mostly common names, with enough unicode to matter. */
export const FIRST_NAMES = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David',
  'Elizabeth', 'William', 'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah',
  'Charles', 'Karen', 'Christopher', 'Lisa', 'Daniel', 'Nancy', 'Matthew', 'Betty', 'Anthony',
  'Sandra', 'Mark', 'Ashley', 'Brett', 'Emily', 'Kevin', 'Michelle', 'Brian', 'Amanda',
  'José', 'María', 'Zoë', 'Łukasz', 'Søren', 'François', 'Chloé', 'Renée', 'Björn', 'Ángel',
  'Jürgen', 'Inés', 'Noël', 'Siobhán', 'Aoife', 'Mateo', 'Sofía', 'Priya', 'Aarav', 'Wei',
  'Mei', 'Hiroshi', 'Yuki', 'Olusegun', 'Chidi', 'Fatima', 'Omar', 'Dmitri', 'Anastasia',
] as const

export const MIDDLE_NAMES = ['A.', 'Lee', 'Marie', 'James', 'Ann', 'J.', 'Rose', 'Ray'] as const

export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez',
  'Martinez', 'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor',
  'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Clark',
  'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Hill',
  "O'Brien", "O'Connor", 'Álvarez', 'Müller', 'Nguyễn', 'García', 'Kowalski', 'Wiśniewski',
  'Søndergaard', 'Dubois', 'Ibáñez', 'Schröder', 'Núñez', 'Van der Berg', 'McAllister',
  'Smith-Jones', 'Okafor', 'Patel', 'Tanaka', 'Kim', 'Chen', 'Ivanova', 'Haddad',
] as const

export const COMPANY_WORDS = [
  'Acme', 'Summit', 'Pioneer', 'Blue Ridge', 'Lakeside', 'Evergreen', 'Ironwood', 'Keystone',
  'Prairie', 'Harbor', 'Granite', 'Crescent', 'Redwood', 'Silverline', 'Northwind', 'Café Olé',
] as const

export const COMPANY_SUFFIXES = [
  'LLC', 'Inc.', 'Holdings', 'Logistics', 'Farms', 'Builders', 'Motors', 'Dental Group',
  '& Sons', 'Partners',
] as const

export interface CityInfo {
  city: string
  state: string
  zip: string
  area: string
  lat: number
  lon: number
}

export const CITIES: readonly CityInfo[] = [
  { city: 'Chicago', state: 'IL', zip: '606', area: '312', lat: 41.88, lon: -87.63 },
  { city: 'Springfield', state: 'IL', zip: '627', area: '217', lat: 39.78, lon: -89.65 },
  { city: 'Salt Lake City', state: 'UT', zip: '841', area: '801', lat: 40.76, lon: -111.89 },
  { city: 'Provo', state: 'UT', zip: '846', area: '801', lat: 40.23, lon: -111.66 },
  { city: 'Austin', state: 'TX', zip: '787', area: '512', lat: 30.27, lon: -97.74 },
  { city: 'Houston', state: 'TX', zip: '770', area: '713', lat: 29.76, lon: -95.37 },
  { city: 'San José', state: 'CA', zip: '951', area: '408', lat: 37.34, lon: -121.89 },
  { city: 'Los Angeles', state: 'CA', zip: '900', area: '213', lat: 34.05, lon: -118.24 },
  { city: 'New York', state: 'NY', zip: '100', area: '212', lat: 40.71, lon: -74.01 },
  { city: 'Buffalo', state: 'NY', zip: '142', area: '716', lat: 42.89, lon: -78.88 },
  { city: 'Miami', state: 'FL', zip: '331', area: '305', lat: 25.76, lon: -80.19 },
  { city: 'Tampa', state: 'FL', zip: '336', area: '813', lat: 27.95, lon: -82.46 },
  { city: 'Denver', state: 'CO', zip: '802', area: '303', lat: 39.74, lon: -104.99 },
  { city: 'Seattle', state: 'WA', zip: '981', area: '206', lat: 47.61, lon: -122.33 },
  { city: 'Phoenix', state: 'AZ', zip: '850', area: '602', lat: 33.45, lon: -112.07 },
  { city: 'Atlanta', state: 'GA', zip: '303', area: '404', lat: 33.75, lon: -84.39 },
  { city: 'Boston', state: 'MA', zip: '021', area: '617', lat: 42.36, lon: -71.06 },
  { city: 'Coeur d’Alene', state: 'ID', zip: '838', area: '208', lat: 47.68, lon: -116.78 },
]

export const STREETS = [
  'Main St', 'Oak Ave', 'Maple Dr', 'Cedar Ln', 'Elm St', 'Washington Blvd', 'Lake Shore Dr',
  'Park Pl', 'Sunset Rd', 'Hillcrest Way', 'Camino Real', 'Rue de la Paix',
] as const

export const EMAIL_DOMAINS = ['example.com', 'mail.test', 'inbox.example', 'post.example.org'] as const

export const STATUSES: ReadonlyArray<readonly [string, number]> = [
  ['Active', 0.55],
  ['Lead', 0.15],
  ['Prospect', 0.12],
  ['Inactive', 0.1],
  ['Pending Review', 0.04],
  ['Closed', 0.04],
]

export const NOTE_SUBJECTS = [
  'Called customer', 'Payment arrangement', 'Address change', 'Left voicemail',
  'Documents received', 'Follow-up', 'Complaint', 'Welcome call',
] as const
