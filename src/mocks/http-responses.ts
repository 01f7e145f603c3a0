import type { Json } from './tenant-types'

export const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, PUT, POST, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Autopal-Instance-ID, Content-Type',
  // Without this a cross-origin client cannot read Retry-After on a 429.
  'Access-Control-Expose-Headers': 'Retry-After',
  'Access-Control-Max-Age': '600',
  'Cache-Control': 'no-store',
}

export function jsonResponse(
  status: number,
  body: Json,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...CORS_HEADERS, 'Content-Type': 'application/json; charset=utf-8', ...headers },
  })
}

/** LoanPro's first error shape: `{code, message, context}`. */
export function codeError(
  status: number,
  code: string,
  message: string,
  errors: string[],
): Response {
  return jsonResponse(status, { code, message, context: { status, errors } })
}

/** LoanPro's second error shape: `{error: {message, type, code}, warnings}`; message may be `{value}`. */
export function typedError(
  status: number,
  type: string,
  message: string,
  options: { wrapMessage?: boolean; warnings?: string[] } = {},
): Response {
  return jsonResponse(status, {
    error: { message: options.wrapMessage ? { value: message } : message, type, code: status },
    warnings: options.warnings ?? [],
  })
}

export function unauthorized(reason: string): Response {
  return codeError(401, '401-CN0001', 'Unauthorized', [reason])
}

export function notFoundSegment(segment: string): Response {
  return typedError(
    404,
    'EntityNotFoundException',
    `Resource not found for the segment '${segment}'.`,
    {
      wrapMessage: true,
    },
  )
}

export function badRequest(message: string): Response {
  return typedError(400, 'BadRequestException', message)
}
