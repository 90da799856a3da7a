/** The names of the files Remit reads, in a module of its own so that a file picker can use them without the readers. */

/** File names a folder scan picks up (a file named explicitly is read whatever its name). */
export const DOCUMENT_FILE = /\.(txt|text|md|html?|xhtml|shtml|pdf|docx|doc)$/i;
/** The same, as the extensions a file dialog filters on. */
export const DOCUMENT_EXTENSIONS = ['txt', 'text', 'md', 'html', 'htm', 'pdf', 'docx', 'doc'] as const;
