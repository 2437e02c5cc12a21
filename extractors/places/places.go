// Package places resolves the places an Arabic, English or French news text
// names to a gazetteer entry and picks the event's location.
//
// The embedded gazetteer (data/gazetteer.tsv, built by gen/main.go; sources
// and licences in data/SOURCES.md) holds every ISO 3166-1 country with its
// names, formal names and demonyms in the three languages, the first-level
// regions of the Arab League states (and, by English name, the states and
// provinces of the others), every capital, every town over 100,000
// inhabitants and every town over 15,000 in the Arab League.
//
// Gazetteer.Scan finds every mention and settles ambiguous ones from their
// context:
//
//	"في العاصمة السعودية الرياض"    → Riyadh (the phrase defers to the name)
//	"la capitale marocaine"          → Rabat
//	"الجزائر العاصمة", "بالجزائر العاصمة" → Algiers; "الجزائر" alone → Algeria
//	"سلطنة عمان" → Oman; "العاصمة الأردنية عمان" → Amman
//	"طرابلس" → Tripoli, Libya, unless the text speaks of Lebanon
//	"Michael Jordan", "Jordan Times", "a nice day", "جدة هذه الفكرة" → no place
//
// Extractor.Extract keeps the places the event concerns (Result.Locations)
// and where it happens (Result.Location): towns tied to the event by a
// locative preposition or proclitic ("في الرياض", "بالرباط", "à Rabat", "in
// Riyadh"), by a place word ("مدينة", "province de"), as the subject of a
// host verb ("استضافت الرياض", "Doha hosted") or by the dateline;
// countries named after a preposition of place or as what a visit visits
// ("زار الرئيس … الجزائر"), with the countries listed beside them, unless
// the place is only background: a talk topic ("the situation in Yemen"),
// where people live or serve ("refugees in Chad", "ambassador to Peru",
// "the EU mission in Dakar"), a recipient, a later or earlier event, a
// comparison, an office ("president of the region") or a country named
// once, late, in a sentence telling no event. A country opening an
// organization's name ("Kuwait Fund", "صندوق قطر للتنمية") is no place. A
// venue ("قصر X", "at the X Palace", "منفذ X الحدودي") is a site. As in the
// annotation guide, a province or governorate stands for its country in
// Locations. The files: gazetteer.go (data and lookups),
// scan.go (mentions and their resolution), locate.go (the event's places),
// relevance.go (background and scene rules), venues.go (palaces and
// border crossings the gazetteer lacks, with an Arabic transliteration),
// internal/norm (the folding shared with the generator).
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
	// Kind is country, demonym, capital, city or region. A capital is a
	// national capital, named ("الرياض") or described ("the Saudi
	// capital"); city is any other town, or a site such as a palace used
	// as a venue (Place.Kind tells it apart as "site"); region is a
	// first-level division, or a town named as its province ("ولاية
	// وهران", "province de Tata").
	Kind string
	// Name is the English name of the place: the country's short name for
	// a country or demonym, the town's or region's name otherwise.
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

// Extractor finds places. It is safe for concurrent use.
type Extractor struct{ g *Gazetteer }

// New returns an Extractor over g; a nil g means Default().
func New(g *Gazetteer) *Extractor {
	if g == nil {
		g = Default()
	}
	return &Extractor{g: g}
}

// Extract returns the places of doc: every mention, the places the event
// concerns and the one where it happens, as the package documentation
// describes. It does no I/O and cannot fail: a text without places gives a
// Result with no Location and no Locations.
func (e *Extractor) Extract(doc *extractors.Document) Result {
	s := e.g.scan(doc)
	defer s.release()
	res := Result{Mentions: s.mentions()}
	res.Locations, res.Location = e.locate(s)
	return res
}
