// Package figures finds the numbers a news text quotes — counts, money,
// percentages, quantities — with their unit and what they count.
package figures

import "github.com/newsworker/newsworker/extractors"

// Figure is one quantity found in the text.
type Figure struct {
	extractors.Span
	Value float64 `json:"value"`
	// MaxValue is the upper end of a range.
	MaxValue *float64 `json:"max_value,omitempty"`
	// Unit is an ISO 4217 code for money, "percent", or the counted noun in
	// English ("countries", "dead"); "" when nothing says.
	Unit string `json:"unit"`
	// Kind is one of money, count, percent, quantity.
	Kind string `json:"kind"`
	// What is what is counted, as written in the text.
	What   string `json:"what,omitempty"`
	Approx bool   `json:"approx,omitempty"`
}

// Extractor finds figures. It is safe for concurrent use.
type Extractor struct{}

// New returns an Extractor.
func New() *Extractor { return &Extractor{} }

// Extract returns the figures of doc in text order. Numbers inside taken
// spans (dates found by another extractor) are not figures.
func (e *Extractor) Extract(doc *extractors.Document, taken []extractors.Span) []Figure {
	return nil
}
