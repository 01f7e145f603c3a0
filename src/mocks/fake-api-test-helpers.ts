import { expect } from 'vitest'
import { TEST_API_BASE, TEST_TENANT_ID, TEST_TOKEN } from '../testing/test-server'

export const AUTH_HEADERS = {
  Authorization: `Bearer ${TEST_TOKEN}`,
  'Autopal-Instance-ID': TEST_TENANT_ID,
  'Content-Type': 'application/json',
}

/** A request to the shared test tenant, with the test credentials. */
export function callApi(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${TEST_API_BASE}${path}`, {
    ...init,
    headers: { ...AUTH_HEADERS, ...init.headers },
  })
}

export type Entity = Record<string, unknown>

/** The `d` of a 200 answer to a GET (the body is shown when the status is not 200). */
export async function getD(path: string): Promise<Entity> {
  const response = await callApi(path)
  expect(response.status, await response.clone().text()).toBe(200)
  return ((await response.json()) as { d: Entity }).d
}

/** A collection in any of the shapes LoanPro sends: `{results}`, a bare array, or null. */
export function items(value: unknown): Entity[] {
  if (value === null) return []
  if (Array.isArray(value)) return value as Entity[]
  return (value as { results: Entity[] }).results
}

export interface SearchBody {
  d: { results: Array<Record<string, unknown>>; summary: Record<string, unknown> }
}

export async function searchApi(body: unknown, query = ''): Promise<SearchBody> {
  const response = await callApi(`Customers/Autopal.Search()${query}`, {
    method: 'POST',
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`search failed: ${response.status} ${await response.text()}`)
  return (await response.json()) as SearchBody
}

export function ids(body: SearchBody): unknown[] {
  return body.d.results.map((r) => r.id)
}

export function keyword(
  text: string,
  fields: string[] = ['customerName', 'email', 'primaryAddress.city'],
) {
  return {
    query: { bool: { must: [{ query_string: { query: text, fields, default_operator: 'AND' } }] } },
  }
}
