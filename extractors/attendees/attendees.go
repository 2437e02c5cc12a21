// Package attendees finds who takes part in the reported event: countries,
// people with their roles, and organizations, told apart from names the
// text merely mentions.
//
// It is a lexicon-and-rule system. Embedded lexicons (data/) hold titles
// and honorifics in Arabic, English and French, common given names, words
// that end a name, and several hundred organizations with their Arabic,
// English and French names and acronyms. Rules read the structures news
// uses to introduce people and bodies:
//
//   - a role before the name: "وزير الخارجية سليم الراشد",
//     "سفير المملكة لدى عمّان، يوسف العلمي", "Prime Minister Nabil
//     Haddad", "le ministre de l’Économie Karim Benali";
//   - a role after the name: "Laura Bennett, director of the regional office",
//     "مارك فيلبس، سفير كندا لدى القاهرة", "René Dubois, le président
//     haïtien";
//   - honorifics that are not roles ("صاحب السمو الملكي", "الدكتور",
//     "Mr.", "Sa Majesté"), and Arabic name particles (بن، آل، أبو، عبد);
//   - organizations from the lexicon and by pattern (وزارة …, Ministry of …,
//     ministère de …, … Agency, … Company), with acronyms in brackets or
//     quotes;
//   - countries from the places gazetteer's mentions (names, demonyms,
//     capitals), kept when they take part — host, attend, sign, pledge, are
//     represented or are hit — and left out when only background.
//
// Extraction is pure and allocation-light; an Extractor is safe for
// concurrent use.
//
// The files, in the order a call runs through them:
//
//   - tokens.go splits the text into words and punctuation and folds each
//     word to its matching key (hamza seats, alef forms, ta marbuta, case,
//     accents), and reads an Arabic word with and without its proclitics;
//   - vocab.go numbers every word the lexicons and word sets know, once per
//     process, so that each token is looked up once and every later
//     question about it is an array read;
//   - words.go holds the closed word classes the rules read, lexicon.go the
//     embedded titles, names and organizations and the longest-match lookup;
//   - context.go builds the per-call state (pooled) and marks where titles
//     and bodies start;
//   - orgs.go and issuers.go find organizations, people.go people and
//     their roles, countries.go weighs each country's part, and each
//     builds its slice of the Result.
package attendees

import (
	"fmt"

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
	Name string `json:"name"`
	// Acronym is the body's acronym or short name when the text gives one.
	Acronym string `json:"acronym,omitempty"`
}

// Result is the participants of one document.
type Result struct {
	Countries     []Country      `json:"countries"`
	People        []Person       `json:"people"`
	Organizations []Organization `json:"organizations"`
}

// Extractor finds participants. It is safe for concurrent use.
type Extractor struct {
	g  *places.Gazetteer
	lx *lexicon
}

// New returns an Extractor that resolves country names with g. The
// embedded lexicons are parsed once per process; New panics if they are
// malformed, which the package tests rule out.
func New(g *places.Gazetteer) *Extractor {
	lx, err := loadLexicon()
	if err != nil {
		panic(fmt.Sprintf("attendees: embedded lexicon: %v", err))
	}
	return &Extractor{g: g, lx: lx}
}

// Organizations returns the embedded organization lexicon, for reports and
// tests. The entries are shared: callers must not modify them.
func Organizations() ([]*OrgEntry, error) {
	lx, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	return lx.entries, nil
}

// Extract returns the participants of doc; pl is the places extractor's
// result for the same document, whose Mentions give the country names,
// demonyms and capitals.
func (e *Extractor) Extract(doc *extractors.Document, pl places.Result) Result {
	c := newContext(e, doc, pl)
	c.findOrgs()
	c.findPeople()
	c.findCountries()
	r := c.result()
	c.release()
	return r
}
