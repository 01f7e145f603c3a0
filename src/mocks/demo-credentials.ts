/** What the app sends to the embedded demo tenant; not secrets, the demo accepts only these. */
export const DEMO_TENANT_ID = '5200000'
export const DEMO_TOKEN = 'demo-token'
