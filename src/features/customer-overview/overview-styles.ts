/*
 * Every style sheet the overview needs, for the app's entry to import: they then ride in its
 * one sheet. As a sheet of the overview's own chunk, the route's code waited for that sheet's
 * `load` event (Vite's preload helper), which the browser dispatched only after the click's
 * work: the code was there before the click but ran ~60 ms after it. About 2.4 KB of gzip.
 * The components still import their own sheets (tests, other pages); Vite keeps one copy.
 */
import '../../components/tabs.css'
import '../../components/disclosure.css'
import '../../components/description-list.css'
import '../../components/masked-value.css'
import './customer-overview.css'
