import { useEffect, useState } from 'react'
import { DATA_TABLE_ROW_HEIGHT } from '../../components/data-table-row-height'
import { afterNextPaint } from '../../lib/after-next-paint'

/**
 * How far down the page the table's first row starts, at least (navigation, heading, toolbar,
 * the selection bar and the column headers take ~300 px at 1366 px wide, more when they wrap):
 * an estimate on the low side, so that the first step draws every row on screen and maybe one
 * beyond.
 */
const FIRST_ROW_TOP_PX = 280

let bootRowsPending = false
/** Rows were drawn out of sight beforehand (rows-warm-up.tsx): the first ones come whole. */
let rowsWarm = false

/**
 * The app's first rows in this document come in two steps (main.tsx asks for it before its
 * first render): the rows that fit on the first screen, then the rest of the page once that
 * frame is painted. At boot every function of the page runs for the first time, so rendering
 * and laying out a whole page of rows costs several times what it does later; the rows below
 * the fold need not hold up the ones a person sees.
 */
export function drawBootRowsInTwoSteps(): void {
  bootRowsPending = true
}

export function markRowsWarm(): void {
  rowsWarm = true
}

export function rowsAreWarm(): boolean {
  return rowsWarm
}

function firstScreenRows(): number {
  return Math.max(1, Math.ceil((window.innerHeight - FIRST_ROW_TOP_PX) / DATA_TABLE_ROW_HEIGHT))
}

/**
 * How many of the page's `count` rows the table draws now, and whether that is all of them.
 * Only a table that was mounted while the boot's first rows were still to come draws fewer,
 * once, unless sample rows were drawn while their answer was on its way; every other page of
 * rows is drawn whole.
 */
export function useFirstScreenRows(count: number): { shown: number; whole: boolean } {
  const [whole, setWhole] = useState(() => !bootRowsPending)
  const all = whole || rowsWarm
  useEffect(() => {
    if (all || count === 0) return
    bootRowsPending = false
    return afterNextPaint(() => setWhole(true))
  }, [all, count])
  const shown = all ? count : Math.min(count, firstScreenRows())
  return { shown, whole: all || shown === count }
}
