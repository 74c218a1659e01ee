// Hands text to the browser as a file download: a Blob behind a temporary object URL and an `<a
// download>` clicked once — the way every browser saves generated content without a server round
// trip (MDN, "URL.createObjectURL"). The URL is revoked once the click has been handled.
export function downloadText(fileName: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked a little later: a browser may read the blob after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
