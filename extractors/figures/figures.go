// Package figures finds the numbers a news text quotes — counts, money,
// percentages, quantities — with their unit and what they count.
//
// Numbers are read in every way the press writes them: Western,
// Arabic-Indic and Persian digits; thousands and decimal separators of
// each convention ("1,234.5", "1.234,5", "1 234", "١٬٢٣٤٫٥", "6،5");
// scale words ("2.57 مليار", "$5bn", "26,1 milliards"); and number words
// in Arabic ("خمسمائة وخمسة وعشرون", "إحدى عشرة", "4 ملايين و250 ألفا"),
// English ("twenty-one", "twenty one", "a dozen") and French
// ("quatre-vingt-dix", "dix neuf", "vingt et un"); an amount in words
// restated in digits in brackets ("cinq millions (5 000 000) F CFA") is one
// figure. For example:
//
//	"بقيمة 750 مليون دولار"        → 750000000 USD (money)
//	"بنحو 12 مليون طن"             → 12000000 tons (quantity, approx)
//	"inflation eased to 3.5 percent" → 3.5 percent
//	"ils ont signé sept accords"   → 7 agreements (count)
//
// Money gets its ISO 4217 code from a symbol, a code or a currency word;
// a currency family (دينار, dirham, riyal) is settled by an adjective
// ("دينار تونسي") or by the countries the text names. A bare amount with a
// scale right after a priced one inherits its currency. Dates, years,
// clock times, durations, ordinals, list, phone and reference numbers are
// not figures; nor are the pieces of machine timestamps
// ("2024-03-08T14:05:09+01:00"), day and month numbers in datelines
// ("CITY - 5 - 11 (AGENCY)"), day numbers after a weekday ("lundi 12 au
// jeudi 15 juin"), earthquake magnitudes, ages between commas after a name
// ("Lena Ortiz, 34, of Tucson"), bare decimals that count nothing whole,
// article numbers and their lists ("articles 12 et 13", "الفصلين 47 و88"),
// and a year typed with a digit too many ("in 20281"). A number after a
// party's name in a results list is a count of seats ("NRA 97, DPF 58"),
// or a percentage in a turnout list after a percentage.
// Each distinct quantity is reported once.
//
// Files: token.go splits and folds the text; parse.go reads numbers in
// digits and words; classify.go decides what each number is, helped by
// currency.go (symbols, codes, currency words), nouns.go (counted nouns) and
// context.go (dates, references, ordinals, ranges around a number);
// finish.go settles currencies and duplicates; lexicon.go loads
// data/lexicon.tsv.
package figures

import (
	"sync"

	"github.com/newsworker/newsworker/extractors"
)

// Figure is one quantity found in the text.
type Figure struct {
	extractors.Span
	// Value is the quantity in whole units: 3.45e9 for "3,45 مليار درهم",
	// 41 for "41%".
	Value float64 `json:"value"`
	// MaxValue is the upper end of a range.
	MaxValue *float64 `json:"max_value,omitempty"`
	// Unit is an ISO 4217 code for money, "percent", or the counted noun in
	// English ("countries", "dead"); "" when nothing says.
	Unit string `json:"unit"`
	// Kind is one of money, count, percent, quantity.
	Kind string `json:"kind"`
	// What is what is counted, as written in the text.
	What string `json:"what,omitempty"`
	// Approx is set when the text hedges the number: نحو, about, près de.
	Approx bool `json:"approx,omitempty"`
}

// Extractor finds figures. It is safe for concurrent use.
type Extractor struct {
	lx  *lexicon
	err error
}

// New returns an Extractor. The embedded lexicon is parsed once per
// process; if it were malformed, Extract would return nothing and Err
// would say why.
func New() *Extractor {
	lx, err := loadLexicon()
	return &Extractor{lx: lx, err: err}
}

// Err reports a problem with the embedded lexicon, or nil.
func (e *Extractor) Err() error { return e.err }

// Extract returns the figures of doc in text order. Numbers inside taken
// spans (dates found by another extractor) are not figures.
func (e *Extractor) Extract(doc *extractors.Document, taken []extractors.Span) []Figure {
	if e == nil || e.lx == nil || doc == nil || doc.Text == "" {
		return nil
	}
	sc := scratchPool.Get().(*scratch)
	toks, buf, f := tokenize(doc.Text, sc.toks, sc.buf)
	p := &parser{doc: doc, text: doc.Text, f: f, toks: toks, lx: e.lx, taken: taken, lang: langIndex(doc.Lang), ms: sc.ms[:0]}
	p.run()
	out := p.finish()
	if cap(toks) <= 1<<16 {
		clear(p.ms)
		sc.toks, sc.buf, sc.ms = toks[:0], buf[:0], p.ms[:0]
		scratchPool.Put(sc)
	}
	return out
}

// scratch is the reusable working memory of one Extract call.
type scratch struct {
	toks []token
	buf  []byte
	ms   []mention
}

var scratchPool = sync.Pool{New: func() any { return &scratch{} }}

func langIndex(lang string) int {
	switch lang {
	case "ar":
		return 0
	case "en":
		return 1
	case "fr":
		return 2
	}
	return -1
}
