package dates

import (
	"sync"

	"github.com/newsworker/newsworker/extractors"
)

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
	// Dates lists every date in text order, each value once, at its first
	// mention.
	Dates []Date
	// Event is the date of the main event, nil when the text dates only
	// the report. Its span is the mention that dates the event, which may
	// be a later mention of a day listed in Dates.
	Event *Date
	// Published is the publication day (YYYY-MM-DD) read from a dateline
	// or "today" wording, "" when the text gives none.
	Published string
}

// Extractor finds dates. It holds no state of its own and is safe for
// concurrent use.
type Extractor struct{}

// New returns an Extractor.
func New() *Extractor { return &Extractor{} }

type scratch struct {
	toks  []token
	cands []cand
}

var scratchPool = sync.Pool{New: func() any { return &scratch{toks: make([]token, 0, 1024), cands: make([]cand, 0, 32)} }}

// Extract returns the dates of doc, resolving relative ones against
// doc.Published, or against the text's own dateline when doc.Published is
// zero. Dates that need a reference day the document does not give are
// left out.
func (e *Extractor) Extract(doc *extractors.Document) Result {
	s := scratchPool.Get().(*scratch)
	p := parser{src: doc.Text, lang: doc.Lang, toks: tokenize(doc.Text, s.toks[:0]), cands: s.cands[:0]}
	defer func() {
		s.toks, s.cands = p.toks[:0], p.cands[:0]
		scratchPool.Put(s)
	}()
	p.scan()
	p.markHeaders()

	ref, hasRef := 0, false
	if !doc.Published.IsZero() {
		y, m, d := doc.Published.Date()
		ref, hasRef = civilDays(y, int(m), d), true
	}
	// Anchor for dates without a year: the reference day, else the first
	// full date of the text.
	anchor, hasAnchor := ref, hasRef
	if !hasAnchor {
		for k := range p.cands {
			if c := &p.cands[k]; c.kind == kDate && c.y != 0 && !c.alt {
				anchor, hasAnchor = civilDays(c.y, c.m, c.d), true
				break
			}
		}
	}
	pub := p.published()
	if pub >= 0 && !hasRef {
		// Resolve the dateline first: it is the reference for the rest.
		p.resolve(ref, false, anchor, hasAnchor)
		if c := &p.cands[pub]; c.ok {
			ref, hasRef = c.day, true
			anchor, hasAnchor = ref, true
		}
	}
	p.resolve(ref, hasRef, anchor, hasAnchor)

	var res Result
	n := 0
	for k := range p.cands {
		if p.cands[k].ok {
			n++
		}
	}
	if pub >= 0 && p.cands[pub].ok {
		res.Published = formatDay(p.cands[pub].day)
	}
	if n == 0 {
		return res
	}
	ev := p.event(ref, hasRef)
	res.Dates = make([]Date, 0, n)
	for k := range p.cands {
		c := &p.cands[k]
		if !c.ok {
			continue
		}
		d := Date{Span: doc.Span(int(p.toks[c.ts].s), int(p.toks[c.te-1].e), c.conf)}
		switch c.kind {
		case kYear:
			d.Date, d.Kind = formatYear(c.y, 0), "partial"
		case kMonth:
			d.Date, d.Kind = formatYear(c.y, c.m), "partial"
		case kHijri:
			d.Date, d.Kind = formatDay(c.day), "hijri"
		case kRange:
			d.Date, d.EndDate, d.Kind = formatDay(c.day), formatDay(c.eday), "range"
		case kRel:
			d.Date, d.Kind = formatDay(c.day), "relative"
		default:
			d.Date, d.Kind = formatDay(c.day), "absolute"
		}
		if k == ev {
			evd := d
			res.Event = &evd
		}
		if seen(res.Dates, d) < 0 {
			res.Dates = append(res.Dates, d)
		}
	}
	return res
}

// seen returns the index of a listed date of the same value as d, or -1: a
// day the text names twice is listed once.
func seen(ds []Date, d Date) int {
	for k := range ds {
		if ds[k].Date == d.Date && ds[k].EndDate == d.EndDate {
			return k
		}
	}
	return -1
}
