import { useDownloading } from './csv-downloads'

/** A run's "Download results" button, busy (disabled) until `save` has saved the file. */
export function DownloadResultsButton({ save }: { save: () => Promise<void> }) {
  const [downloading, startDownload] = useDownloading()
  return (
    <button
      type="button"
      className="button"
      disabled={downloading}
      onClick={() => void startDownload(save)}
    >
      Download results
    </button>
  )
}
