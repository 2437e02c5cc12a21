package dates

// Where the event date is looked for.
const (
	ledeWords = 100 // words from the start of the text
	tollWords = 80  // words in which a toll article says so
	nearDays  = 7   // news reports what happened within a week of the day it is dated
	// tokens looked at either side of a word for the rest of its sentence
	sentenceSpan = 60
)

// published returns the index of the candidate that dates the text itself:
// the first dated header line or dateline, else the first "today" wording
// with a date ("اليوم الأربعاء 29 مارس 2017", "ce lundi 7 octobre"). When
// the text also says which weekday today is ("اليوم السبت"), a header date
// on that weekday is preferred: a page can carry the day it was crawled
// above the day it was written.
func (p *parser) published() int {
	var todayWd [7]bool
	anyWd := false
	for k := range p.cands {
		if c := &p.cands[k]; c.kind == kRel && c.today && c.wd >= 0 {
			todayWd[c.wd], anyWd = true, true
		}
	}
	header, agree, today := -1, -1, -1
	for k := range p.cands {
		c := &p.cands[k]
		if c.kind != kDate && c.kind != kHijri {
			continue
		}
		if c.header {
			if header < 0 {
				header = k
			}
			if agree < 0 && anyWd && c.y != 0 && !c.alt && c.kind == kDate && validCivil(c.y, c.m, c.d) &&
				todayWd[weekday(civilDays(c.y, c.m, c.d))] {
				agree = k
			}
		}
		if c.today && today < 0 && p.toks[c.ts].s < 1500 {
			today = k
		}
	}
	switch {
	case agree >= 0:
		return agree
	case header >= 0:
		return header
	}
	return today
}

// context reports whether a class-c word stands within n tokens before
// token ts or m tokens after token te, in the same sentence.
func (p *parser) context(ts, te, n, m int, c uint64) bool {
	for k := ts - 1; k >= 0 && k >= ts-n; k-- {
		t := &p.toks[k]
		if t.kind == tPunct && (t.r == '.' || t.r == '!' || t.r == '?') {
			break
		}
		if p.is(k, c) {
			return true
		}
		if t.flags&fLine != 0 {
			break
		}
	}
	for k := te; k < len(p.toks) && k < te+m; k++ {
		t := &p.toks[k]
		if t.flags&fLine != 0 || t.kind == tPunct && (t.r == '.' || t.r == '!' || t.r == '?') {
			break
		}
		if p.is(k, c) {
			return true
		}
	}
	return false
}

// event returns the index of the candidate that dates the main event: the
// first day of the lede that is not a header date, not a "since" date, and,
// in an article about a rising toll, one tied to the rise rather than to the
// day the disaster struck. In an article whose toll is dated by its report
// ("…, the governor said on Friday"), the days before the report are those
// the disaster struck, not the event. The day of a statement ("the ministry said
// Monday") gives way to another day of the lede; it is the event when there
// is none, except in a toll article, where the toll is then dated only by its
// report and the event date is nil. Of the days that qualify, the first one
// within a week of the reference day is preferred: "ahead of the June 20
// summit, ministers met on Monday" dates the meeting, not the summit.
func (p *parser) event(ref int, hasRef bool) int {
	// A toll article says near its start that a toll rose ("ارتفعت حصيلة",
	// "the death toll has risen", "le bilan s'est alourdi").
	words, hasToll, hasRise := 0, false, false
	for i := range p.toks {
		if p.toks[i].kind != tWord {
			continue
		}
		if words++; words > tollWords {
			break
		}
		hasToll = hasToll || p.is(i, cToll)
		hasRise = hasRise || p.is(i, cRise)
	}
	toll := hasToll && hasRise
	// The day of a toll report: a statement's day in a sentence that gives a
	// toll ("the toll now stands at 210, the governor said on Friday", "le
	// ministère a annoncé mardi un bilan de 64 morts"). The days before it
	// are those the disaster struck: the update, dated only by its report,
	// has no event date.
	tollReport, hasTollReport := 0, false
	if hasToll {
		p.lede(func(k int, c *cand) bool {
			if p.reported(c, true) && p.tollSentence(c.ts) {
				tollReport, hasTollReport = c.day, true
				return false
			}
			return true
		})
	}
	report := -1 // the first date of a statement
	first := -1  // the first day that qualifies, however far from the reference
	found := -1
	p.lede(func(k int, c *cand) bool {
		if p.reported(c, hasToll) {
			if report < 0 {
				report = k
			}
			return true
		}
		if p.context(c.ts, c.te, 2, 0, cSince) {
			return true
		}
		if toll && !p.context(c.ts, c.te, 4, 3, cRise) {
			return true
		}
		if hasTollReport && c.day < tollReport {
			return true
		}
		if !hasRef || abs(c.day-ref) <= nearDays {
			found = k
			return false
		}
		if first < 0 {
			first = k
		}
		return true
	})
	switch {
	case found >= 0:
		return found
	case first >= 0:
		return first
	case toll || hasTollReport:
		return -1 // a toll dated only by its report
	}
	return report // the statement is the news
}

// lede calls f with the resolved day mentions of the first ledeWords words
// that may date an event (not header dates, years, months or days counted
// from another date), in text order, until f returns false.
func (p *parser) lede(f func(k int, c *cand) bool) {
	words, wi := 0, 0
	for k := range p.cands {
		c := &p.cands[k]
		for ; wi < c.ts; wi++ {
			if p.toks[wi].kind == tWord {
				words++
			}
		}
		if words > ledeWords {
			return
		}
		if !c.ok || c.header || c.kind == kYear || c.kind == kMonth || c.relPrev {
			continue
		}
		if !f(k, c) {
			return
		}
	}
}

// reported reports whether mention c dates a statement: a reporting verb
// next to it ("said Monday", "قالت أمس"), a statement noun a little before
// it ("communiqué … lundi"), or, when toll is set, a verb that publishes a
// figure in a sentence that gives a toll ("a annoncé mardi un bilan de 64
// morts", "نشرت الوزارة الجمعة حصيلة").
func (p *parser) reported(c *cand, toll bool) bool {
	return p.context(c.ts, c.te, 3, 2, cReport) || p.context(c.ts, c.te, 8, 0, cReportN) ||
		toll && p.context(c.ts, c.te, 3, 2, cAnnounce) && p.tollSentence(c.ts)
}

// tollSentence reports whether the sentence around token i gives a toll: a
// toll word and a word of casualties or of a disaster ("le bilan du séisme",
// "toll … dead", "حصيلة … قتيلا").
func (p *parser) tollSentence(i int) bool {
	return p.sentenceHas(i, cToll) && p.sentenceHas(i, cCasualty)
}

// sentenceHas reports whether the sentence around token i holds a word of
// class c, looking at most sentenceSpan tokens either side.
func (p *parser) sentenceHas(i int, c uint64) bool {
	for k := i; k >= 0 && k > i-sentenceSpan && !p.sentenceEnd(k-1); k-- {
		if p.is(k, c) {
			return true
		}
	}
	for k := i + 1; k < len(p.toks) && k < i+sentenceSpan && !p.sentenceEnd(k-1); k++ {
		if p.is(k, c) {
			return true
		}
	}
	return false
}
