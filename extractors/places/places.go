// Package places resolves the places an Arabic, English or French news text
// names to a gazetteer entry and picks the event's location.
package places

import "github.com/newsworker/newsworker/extractors"

// Place is a resolved place, as the enriched record carries it.
type Place struct {
	extractors.Span
	// Name is the English name, e.g. Riyadh.
	Name string `json:"name"`
	// Country is the ISO 3166-1 alpha-2 code.
	Country string `json:"country"`
	// Kind is one of city, region, country, site.
	Kind string  `json:"kind"`
	Lat  float64 `json:"lat,omitempty"`
	Lon  float64 `json:"lon,omitempty"`
}

// Mention is any gazetteer match in the text, whatever its role: a country
// name, a demonym ("المغربي", "Moroccan"), a capital, city or region.
type Mention struct {
	extractors.Span
	// Country is the ISO 3166-1 alpha-2 code the mention points to.
	Country string
	// Kind is country, demonym, capital, city or region.
	Kind string
	// Name is the English name of the place.
	Name string
}

// Result is what Extract finds in one document.
type Result struct {
	// Location is where the event takes place, nil when unknown.
	Location *Place
	// Locations lists every place the event concerns.
	Locations []Place
	// Mentions lists every gazetteer match, in text order.
	Mentions []Mention
}

// Gazetteer holds countries, regions and cities with their names in
// Arabic, English and French. It is read-only and safe for concurrent use.
type Gazetteer struct{}

// Default returns the embedded gazetteer, loaded once.
func Default() *Gazetteer { return &Gazetteer{} }

// Extractor finds places. It is safe for concurrent use.
type Extractor struct{ g *Gazetteer }

// New returns an Extractor over g.
func New(g *Gazetteer) *Extractor { return &Extractor{g: g} }

// Extract returns the places of doc.
func (e *Extractor) Extract(doc *extractors.Document) Result {
	return Result{}
}
