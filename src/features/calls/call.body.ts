import sanitizeHtml from 'sanitize-html';

/**
 * The markup a call's body may hold: headings, paragraphs, lists, emphasis, tables and links.
 * Everything else (scripts, styles, event handlers, images from elsewhere, javascript: links) is
 * removed when the body is written, so the stored body can be rendered as it is.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: ['h2', 'h3', 'h4', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'u', 's', 'blockquote', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  allowedAttributes: { a: ['href'], th: ['colspan', 'rowspan'], td: ['colspan', 'rowspan'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }) },
  allowedSchemesAppliedToAttributes: ['href'],
};

export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, { ...options, allowedAttributes: { ...options.allowedAttributes, a: ['href', 'rel', 'target'] } }).trim();
}
