/** How many pages a PDF written by pdfkit has: its page objects (pdfkit writes no object streams). */
export function pdfPageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString("latin1")
      .match(/\/Type \/Page\b(?!s)/g) ?? []
  ).length;
}
