// Package dates finds the dates an Arabic, English or French news text
// states or implies and resolves them to the Gregorian calendar.
package dates

import "github.com/newsworker/newsworker/extractors"

// Date is one date found in the text, resolved to the Gregorian calendar.
type Date struct {
	extractors.Span
	// Date is YYYY-MM-DD, or YYYY-MM / YYYY when the text gives no more.
	Date string `json:"date"`
	// EndDate is the last day of a range.
	EndDate string `json:"end_date,omitempty"`
	// Kind is one of absolute, relative, partial, hijri, range.
	Kind string `json:"kind"`
}

// Result is what Extract finds in one document.
type Result struct {
	// Dates lists every date in text order.
	Dates []Date
	// Event is the date of the main event, nil when the text dates only
	// the report.
	Event *Date
	// Published is the publication day (YYYY-MM-DD) read from a dateline
	// or "today" wording, "" when the text gives none.
	Published string
}

// Extractor finds dates. It is safe for concurrent use.
type Extractor struct{}

// New returns an Extractor.
func New() *Extractor { return &Extractor{} }

// Extract returns the dates of doc, resolving relative ones against
// doc.Published (or the dateline when doc.Published is zero).
func (e *Extractor) Extract(doc *extractors.Document) Result {
	return Result{}
}
