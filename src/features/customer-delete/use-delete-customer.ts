import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useCallback, useRef } from 'react'
import { deleteCustomerConfirmed } from '../../api/customers'
import { useLoanProClient } from '../../api/loanpro-client-context'
import { useAnnounce } from '../../components/announcer'
import { forgetRemovedCustomers } from '../../api/removed-customers'

interface UseDeleteCustomerOptions {
  id: number
  /** After the server confirmed and the caches were updated (close the dialog, navigate). */
  onDeleted?: (id: number) => void
}

/**
 * The DELETE and what follows it. Nothing changes in the cache until LoanPro says the customer
 * is gone: no optimistic removal, because a refused delete must leave the list as it was.
 */
export function useDeleteCustomer({ id, onDeleted }: UseDeleteCustomerOptions) {
  const client = useLoanProClient()
  const queryClient = useQueryClient()
  const announce = useAnnounce()
  // State updates land a render later: a double click or Enter + click in the same frame
  // would both see `isPending === false`. The ref closes the gate synchronously.
  const inFlight = useRef(false)

  const { mutate, isPending, error, reset } = useMutation({
    mutationKey: ['customers', 'delete', id],
    // Only a 200 with `d` is a success; an unclear answer is settled by a plain GET first.
    mutationFn: () => deleteCustomerConfirmed(client, id),
    // Hook-level callbacks run even when the row that opened the dialog has unmounted.
    onSuccess: ({ confirmedBy }) => {
      forgetRemovedCustomers(queryClient, [id])
      announce(
        confirmedBy === 'answer'
          ? `Customer ${id} deleted`
          : `Customer ${id} deleted (confirmed by a check: LoanPro's answer was unclear)`,
        'success',
      )
      onDeleted?.(id)
    },
    onSettled: () => {
      inFlight.current = false
    },
  })

  const submit = useCallback(() => {
    if (inFlight.current) return
    inFlight.current = true
    mutate()
  }, [mutate])

  return { submit, isPending, error, reset }
}
