// Package attendees finds who takes part in the reported event: countries,
// people with their roles, and organizations, told apart from names the
// text merely mentions.
package attendees

import (
	"github.com/newsworker/newsworker/extractors"
	"github.com/newsworker/newsworker/extractors/places"
)

// Country is a country that takes part.
type Country struct {
	extractors.Span
	// Code is the ISO 3166-1 alpha-2 code.
	Code string `json:"code"`
	// Name is the English short name.
	Name string `json:"name"`
}

// Person is a named participant.
type Person struct {
	extractors.Span
	// Name is the name as written.
	Name string `json:"name"`
	// Role is the title or function as written, "" when the text gives none.
	Role string `json:"role,omitempty"`
	// Country is the ISO alpha-2 code of the country the person represents.
	Country string `json:"country,omitempty"`
	// Organization is the body the person represents.
	Organization string `json:"organization,omitempty"`
}

// Organization is a named body that takes part.
type Organization struct {
	extractors.Span
	// Name is the canonical English name when known, else as written.
	Name    string `json:"name"`
	Acronym string `json:"acronym,omitempty"`
}

// Result is the participants of one document.
type Result struct {
	Countries     []Country      `json:"countries"`
	People        []Person       `json:"people"`
	Organizations []Organization `json:"organizations"`
}

// Extractor finds participants. It is safe for concurrent use.
type Extractor struct{ g *places.Gazetteer }

// New returns an Extractor that resolves country names with g.
func New(g *places.Gazetteer) *Extractor { return &Extractor{g: g} }

// Extract returns the participants of doc; pl is the places extractor's
// result for the same document.
func (e *Extractor) Extract(doc *extractors.Document, pl places.Result) Result {
	return Result{}
}
