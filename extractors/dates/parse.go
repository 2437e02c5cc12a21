package dates

// Candidate kinds.
const (
	kDate  uint8 = iota + 1 // Gregorian day and month, year maybe
	kHijri                  // Hijri day and month, year maybe
	kRange                  // Gregorian range: start and end
	kRel                    // relative word and/or weekday
	kYear                   // a year alone
	kMonth                  // a month and year
	kSkip                   // words read and left out
)

// cand is a date mention found by the parser, before resolution.
type cand struct {
	ts, te     int // token range [ts, te)
	kind       uint8
	y, m, d    int // stated date; y == 0 when no year
	ey, em, ed int // range end
	alt        bool
	wd         int8 // weekday stated, -1 when none
	rel        int8 // day offset of a relative word
	hasRel     bool
	relPrev    bool // offset counts from the date mentioned before
	qual       int8 // -1 past, +1 next, 0 this
	hasQual    bool
	today      bool // "today"/"ce" wording: the text's own day
	twin       bool // Hijri and Gregorian twins merged
	pair       bool // "1 و 2 نوفمبر": two days, not a range
	shift      int8 // days added to a stated date: "le lendemain du 5 juin"
	mid        int  // token of the last day of a range
	more       [4]int32
	nmore      int8 // tokens of the further days of a list
	header     bool // dateline or header line
	// resolution
	day  int
	eday int
	ok   bool
	conf float64
}

type parser struct {
	src   string
	toks  []token
	lang  string
	cands []cand
	// English numeric dates whose order shows: 06/19/2023, 19/06/2023.
	monthFirst, dayFirst int
}

func (p *parser) tok(i int) *token {
	if i < 0 || i >= len(p.toks) {
		return nil
	}
	return &p.toks[i]
}

// is reports whether token i is a word of class c.
func (p *parser) is(i int, c uint64) bool {
	t := p.tok(i)
	if t == nil || t.kind != tWord || t.ent.class&c == 0 {
		return false
	}
	if t.ent.cap && t.flags&fUpper == 0 && t.ent.class&valued&c != 0 {
		return false
	}
	return true
}

func (p *parser) punct(i int, r rune) bool {
	t := p.tok(i)
	return t != nil && t.kind == tPunct && t.r == r
}

func isDash(r rune) bool { return r == '-' || r == '–' || r == '—' || r == '‐' || r == '‑' }

func (p *parser) dash(i int) bool {
	t := p.tok(i)
	return t != nil && t.kind == tPunct && isDash(t.r)
}

func (p *parser) comma(i int) bool {
	t := p.tok(i)
	return t != nil && t.kind == tPunct && (t.r == ',' || t.r == '،' || t.r == '؛')
}

// adjacent reports whether token i follows token i-1 without white space.
func (p *parser) adjacent(i int) bool {
	t := p.tok(i)
	return t != nil && i > 0 && t.flags&fSpace == 0
}

// day returns the value of token i as a day of the month.
func (p *parser) day(i int) (int, bool) {
	t := p.tok(i)
	if t == nil || t.kind != tNum || t.nd > 2 || t.num < 1 || t.num > 31 {
		return 0, false
	}
	// Not part of a clock time or a decimal number.
	if pr := p.tok(i - 1); pr != nil && pr.kind == tPunct && p.adjacent(i) && (pr.r == ':' || pr.r == '.' || pr.r == ',') {
		if pp := p.tok(i - 2); pp != nil && pp.kind == tNum && p.adjacent(i-1) {
			return 0, false
		}
	}
	if nx := p.tok(i + 1); nx != nil && nx.kind == tPunct && nx.r == ':' && p.adjacent(i+1) {
		return 0, false
	}
	return int(t.num), true
}

// year returns the value of token i as a Gregorian year.
func (p *parser) year(i int) (int, bool) {
	t := p.tok(i)
	if t == nil || t.kind != tNum || t.nd != 4 || t.num < 1000 || t.num > 2999 {
		return 0, false
	}
	return int(t.num), true
}

// hyear returns the value of token i as a Hijri year.
func (p *parser) hyear(i int) (int, bool) {
	t := p.tok(i)
	if t == nil || t.kind != tNum || t.nd < 3 || t.nd > 4 || t.num < 1300 || t.num > 1600 {
		return 0, false
	}
	return int(t.num), true
}

// month parses a Gregorian month name at i: one word, an abbreviation with
// its full stop, or a Levantine two-word name, followed maybe by its twin
// of another region ("تشرين الثاني/ نوفمبر", "شباط (فبراير)").
func (p *parser) month(i int) (m, next int, ok bool) {
	m, next, ok = p.month1(i)
	if !ok {
		return
	}
	j := next
	open := false
	switch {
	case p.punct(j, '/') || p.dash(j):
		j++
	case p.punct(j, '('):
		open = true
		j++
	default:
		return
	}
	if _, n2, ok2 := p.month1(j); ok2 {
		if open {
			if !p.punct(n2, ')') {
				return
			}
			n2++
		}
		next = n2
	}
	return
}

func (p *parser) month1(i int) (int, int, bool) {
	t := p.tok(i)
	if t == nil || t.kind != tWord {
		return 0, 0, false
	}
	switch {
	case p.is(i, cMonth):
		return int(t.ent.val), i + 1, true
	case p.is(i, cAbbr):
		if p.punct(i+1, '.') && p.adjacent(i+1) {
			return int(t.ent.val), i + 2, true
		}
		if nx := p.tok(i + 1); nx != nil && nx.kind == tNum && (t.flags&fUpper != 0 || p.lang == "fr") {
			return int(t.ent.val), i + 1, true
		}
	case p.is(i, cLev) && p.is(i+1, cOrd):
		o := p.toks[i+1].ent.val
		if t.ent.val == 0 { // كانون
			if o == 1 {
				return 12, i + 2, true
			}
			return 1, i + 2, true
		}
		return 9 + int(o), i + 2, true // تشرين
	}
	return 0, 0, false
}

// hmonth parses a Hijri month name at i.
func (p *parser) hmonth(i int) (int, int, bool) {
	t := p.tok(i)
	if t == nil || t.kind != tWord {
		return 0, 0, false
	}
	switch {
	case p.is(i, cHMonth):
		return int(t.ent.val), i + 1, true
	case p.is(i, cHPre) && p.is(i+1, cOrd):
		return int(t.ent.val) + int(p.toks[i+1].ent.val) - 1, i + 2, true
	case p.is(i, cDhu) && p.is(i+1, cDhuX):
		return int(p.toks[i+1].ent.val), i + 2, true
	}
	return 0, 0, false
}

// yearAfter parses an optional year after a month at i, with the separators
// news put between them and a calendar mark after it.
func (p *parser) yearAfter(i int, hijri bool) (y, next int) {
	j := i
	if p.comma(j) || p.punct(j, '/') || p.dash(j) {
		j++
	}
	if p.is(j, cFrom) && p.is(j+1, cYWord) {
		j++ // "يونيو من عام 2023"
	}
	if p.is(j, cYWord) {
		j++ // "كانون الثاني سنة 2023"
	}
	var ok bool
	if hijri {
		y, ok = p.hyear(j)
	} else {
		y, ok = p.year(j)
	}
	if !ok {
		return 0, i
	}
	// "2023-2024", "1447 / 1448": a span of years, not this date's year.
	if (p.dash(j+1) || p.punct(j+1, '/')) && p.tok(j+2) != nil && p.toks[j+2].kind == tNum {
		return 0, i
	}
	j++
	if hijri && p.is(j, cHMark) || !hijri && p.is(j, cGMark) {
		j++
	}
	return y, j
}

// ordsuf skips an ordinal suffix ("1er", "8th") and "of".
func (p *parser) ordsuf(i int) int {
	if p.is(i, cOrdSuf) && p.adjacent(i) {
		i++
	}
	if p.is(i, cOf) {
		i++
	}
	return i
}

// core parses a date at i: day-month-year in words, month-day in English,
// numeric dates, Hijri dates, and day pairs and ranges sharing a month.
func (p *parser) core(i int) (cand, bool) {
	c := cand{ts: i, wd: -1}
	t := p.tok(i)
	if t == nil {
		return c, false
	}
	if t.kind == tNum {
		if p.numeric(i, &c) {
			return c, true
		}
		d, ok := p.day(i)
		if !ok {
			return c, false
		}
		j := p.ordsuf(i + 1)
		// Ranges: "من 5 إلى 7 يونيو", "5-7 June", "du 5 au 7 juin", "between 5 and 7 June".
		between := p.is(i-1, cBetween)
		if p.is(j, cTo) || p.dash(j) || between && p.is(j, cAnd) {
			if d2, ok := p.day(j + 1); ok && d2 > d {
				k := p.ordsuf(j + 2)
				if m, next, ok := p.month(k); ok {
					y, next := p.yearAfter(next, false)
					c.kind, c.y, c.m, c.d = kRange, y, m, d
					c.ey, c.em, c.ed = y, m, d2
					c.te, c.mid = next, j+1
					return c, true
				}
			}
		}
		// Lists: "يومي 1 و 2 نوفمبر", "2و3 نوفمبر", "les 12, 13 et 14 juin".
		if p.is(j, cAnd) || p.comma(j) {
			k, last := j, d
			for int(c.nmore) < len(c.more) {
				sep := k
				if p.comma(sep) && p.is(sep+1, cAnd) {
					sep++ // "12, 13, et 14"
				}
				if !p.is(sep, cAnd) && !p.comma(sep) {
					break
				}
				dn, ok := p.day(sep + 1)
				if !ok || dn <= last {
					break
				}
				c.more[c.nmore] = int32(sep + 1)
				c.nmore++
				last = dn
				k = p.ordsuf(sep + 2)
			}
			if c.nmore > 0 {
				if m, next, ok := p.month(k); ok {
					y, next := p.yearAfter(next, false)
					c.kind, c.y, c.m, c.d, c.te, c.pair = kRange, y, m, d, next, true
					return c, true
				}
			}
			c.nmore = 0
		}
		if p.punct(j, '/') || p.dash(j) {
			if _, _, ok := p.hmonth(j + 1); ok {
				j++
			} else if _, _, ok := p.month(j + 1); ok {
				j++ // "3- تشرين الثاني- 2022"
			}
		}
		if j > i+1 && p.comma(j) && p.is(j-1, cOrdSuf) {
			j++ // "9th, September 2023"
		}
		if p.is(j, cFrom) && p.lang != "fr" {
			if _, _, ok := p.month(j + 1); ok {
				j++ // "5 من مارس"
			}
		}
		if m, next, ok := p.month(j); ok {
			y, next := p.yearAfter(next, false)
			c.kind, c.y, c.m, c.d, c.te = kDate, y, m, d, next
			return c, true
		}
		if m, next, ok := p.hmonth(j); ok {
			j = next
			if p.punct(j, '/') || p.dash(j) {
				if _, ok := p.hyear(j + 1); ok {
					j++
				}
			}
			y, next := p.yearAfter(j, true)
			if y == 0 && p.is(j, cHMark) {
				next = j + 1
			} else if y == 0 && m == 2 {
				return c, false // "3 صفر" without a year is a score
			}
			c.kind, c.y, c.m, c.d, c.te = kHijri, y, m, d, next
			return c, true
		}
		return c, false
	}
	if d, j, ok := p.ordinalDay(i); ok {
		if p.is(j, cFrom) {
			if m, next, ok := p.month(j + 1); ok {
				y, next := p.yearAfter(next, false)
				c.kind, c.y, c.m, c.d, c.te = kDate, y, m, d, next
				return c, true
			}
		}
		return c, false
	}
	// English order: "June 19, 2023", "Nov. 20", "April 8th, 2016", "June 5-7".
	m, next, ok := p.month(i)
	if !ok {
		return c, false
	}
	if d, ok := p.day(next); ok && (p.lang == "en" || p.toks[i].flags&fUpper != 0 && p.lang != "ar") {
		j := p.ordsuf(next + 1)
		if (p.dash(j) || p.is(j, cAnd|cTo)) && j == next+1 {
			if d2, ok := p.day(j + 1); ok && d2 > d {
				k := p.ordsuf(j + 2)
				y, k := p.yearAfter(k, false)
				c.kind, c.y, c.m, c.d = kRange, y, m, d
				c.ey, c.em, c.ed = y, m, d2
				c.te, c.mid = k, j+1
				if p.is(j, cAnd) {
					c.pair, c.more[0], c.nmore = true, int32(j+1), 1
				}
				return c, true
			}
		}
		y, j := p.yearAfter(j, false)
		c.kind, c.y, c.m, c.d, c.te = kDate, y, m, d, j
		return c, true
	}
	if y, ok := p.year(next); ok {
		if p.dash(next+1) && p.tok(next+2) != nil && p.toks[next+2].kind == tNum {
			return c, false
		}
		c.kind, c.y, c.m, c.te = kMonth, y, m, next+1
		if p.is(c.te, cGMark) {
			c.te++
		}
		return c, true
	}
	return c, false
}

// numeric parses 08/06/2023, 19-12-2023, 8.6.2023 and 2023-06-08.
func (p *parser) numeric(i int, c *cand) bool {
	a, s1, b, s2, n3 := p.tok(i), p.tok(i+1), p.tok(i+2), p.tok(i+3), p.tok(i+4)
	if n3 == nil || s1.kind != tPunct || s2.kind != tPunct || b.kind != tNum || n3.kind != tNum {
		return false
	}
	sep := s1.r
	if s2.r != sep && !(isDash(sep) && isDash(s2.r)) {
		return false
	}
	if sep != '/' && sep != '.' && !isDash(sep) {
		return false
	}
	spaced := s1.flags&fSpace != 0 || b.flags&fSpace != 0 || s2.flags&fSpace != 0 || n3.flags&fSpace != 0
	if spaced && sep != '/' {
		return false
	}
	// Part of a longer run of numbers (versions, phone numbers, 2.808.548).
	if pr := p.tok(i - 1); pr != nil && pr.kind == tPunct && p.adjacent(i) && (pr.r == sep || pr.r == '.' || pr.r == ',') {
		if pp := p.tok(i - 2); pp != nil && pp.kind == tNum && p.adjacent(i-1) {
			return false
		}
	}
	if nx := p.tok(i + 5); nx != nil && nx.kind == tPunct && (nx.r == sep || nx.r == '.' || nx.r == ',') && p.adjacent(i+5) {
		if nn := p.tok(i + 6); nn != nil && nn.kind == tNum && p.adjacent(i+6) {
			return false
		}
	}
	if a.nd > 4 || b.nd > 2 || n3.nd > 4 {
		return false
	}
	x, y, z := int(a.num), int(b.num), int(n3.num)
	c.kind, c.te = kDate, i+5
	switch {
	case a.nd == 4 && n3.nd <= 2:
		c.y, c.m, c.d = x, y, z
	case n3.nd == 4 && a.nd <= 2:
		c.y, c.m, c.d = z, y, x
		switch {
		case p.lang != "en":
		case x <= 12 && y > 12 && y <= 31:
			c.m, c.d = x, y
			p.monthFirst++
		case x > 12 && x <= 31 && y <= 12:
			p.dayFirst++
		case x <= 12 && y <= 12 && x != y:
			c.alt = true // month first or day first: settled when resolving
		}
	default:
		return false
	}
	if c.y >= 1300 && c.y <= 1600 {
		// A Hijri year: "10/9/1445هـ".
		if c.alt || c.m > 12 || c.d > 30 || c.m < 1 || c.d < 1 {
			return false
		}
		c.kind = kHijri
		if p.is(c.te, cHMark) {
			c.te++
		}
		return true
	}
	if !validCivil(c.y, c.m, c.d) {
		return false
	}
	if p.is(c.te, cGMark) {
		c.te++
	}
	return true
}

// prefix parses the words that may come before a date or stand alone as
// one: a relative word, "ce"/"this", a weekday and its qualifier.
func (p *parser) prefix(i int, c *cand) int {
	j := i
	switch {
	case p.is(j, cRel) && p.toks[j].ent.val == 0 && p.is(j+1, cSeq):
		c.hasRel, c.relPrev, c.rel = true, true, p.toks[j+1].ent.val // "اليوم التالي"
		j += 2
	case (p.is(j, cSeq) || p.is(j, cQual) && p.toks[j].ent.val == 1) && p.is(j+1, cDayN):
		c.hasRel, c.relPrev, c.rel = true, true, p.toks[j].ent.val // "the next day"
		j += 2
	case p.is(j, cDayN) && p.is(j+1, cLater) && p.is(j+1, cAnchorP) && p.is(j+2, cRel):
		c.hasRel, c.rel = true, p.toks[j+1].ent.val+p.toks[j+2].ent.val // "the day after tomorrow"
		j += 3
	case p.is(j, cDayN) && p.is(j+1, cLater|cSeq):
		c.hasRel, c.relPrev, c.rel = true, true, p.toks[j+1].ent.val // "a day earlier", "the day after"
		j += 2
	case p.is(j, cRel):
		t := &p.toks[j]
		if t.ent.val == -1 && p.is(j+1, cOrd) && p.toks[j+1].ent.val == 1 && p.arabicAdjective(j+1) {
			c.hasRel, c.rel = true, -2 // "أمس الأول": the day before yesterday
			return j + 2
		}
		if !p.is(j+1, cWday) && p.arabicAdjective(j+1) {
			return i // "اليوم الوطني": a day's name; "غدا الوضع": a verb; "أمس الحاجة"
		}
		if t.ent.val == 0 && p.closingQuote(j+1) {
			return i // «بغداد اليوم»: a title
		}
		c.hasRel, c.rel = true, t.ent.val
		c.today = t.ent.val == 0
		j++
		if c.today && p.is(j, cQual) && p.toks[j].ent.val == -1 {
			c.rel, c.today = -1, false // "الليلة الماضية"
			j++
		}
		if p.punct(j, '\'') || p.punct(j, '’') { // aujourd'hui
			if nx := p.tok(j + 1); nx != nil && nx.kind == tWord && p.adjacent(j+1) {
				j += 2
			}
		}
	case p.is(j, cRelX):
		c.hasRel, c.relPrev, c.rel = true, true, p.toks[j].ent.val
		j++
	case p.is(j, cAwwal) && p.is(j+1, cRel) && p.toks[j+1].ent.val == -1:
		c.hasRel, c.rel = true, -2 // أول أمس
		j += 2
	case p.is(j, cAwwal) && p.is(j+1, cFrom) && p.is(j+2, cRel) && p.toks[j+2].ent.val == -1:
		c.hasRel, c.rel = true, -2 // أول من أمس
		j += 3
	case p.is(j, cAfter) && p.is(j+1, cRel) && p.toks[j+1].ent.val == 1:
		c.hasRel, c.rel = true, 2 // بعد غد
		j += 2
	case (p.is(j, cAvant) || p.is(j, cApres)) && p.dash(j+1) && p.is(j+2, cRel):
		v := p.toks[j+2].ent.val
		if p.is(j, cAvant) && v == -1 || p.is(j, cApres) && v == 1 {
			c.hasRel, c.rel = true, 2*v // avant-hier, après-demain
			j += 3
		}
	case p.is(j, cQual) && p.is(j+1, cDayPart) && p.toks[j].ent.val <= 0:
		c.hasRel, c.rel = true, p.toks[j].ent.val // "this morning", "last night", "ce soir"
		c.today = c.rel == 0
		j += 2
	case p.is(j, cQual) && p.is(j+1, cWday):
		c.hasQual, c.qual = true, p.toks[j].ent.val
		c.today = c.qual == 0
		j++
	}
	k := j
	if c.hasRel && (p.comma(k) || p.punct(k, '(') || p.dash(k)) && p.is(k+1, cWday) {
		k++
	}
	if p.is(k, cWday) {
		c.wd = p.toks[k].ent.val
		k++
		if p.is(k, cQual) && p.toks[k].ent.val != 0 {
			c.hasQual, c.qual = true, p.toks[k].ent.val
			k++
		}
		if p.punct(k, ')') && k > j && p.punct(j, '(') {
			k++
		}
		return k
	}
	if c.hasQual && c.wd < 0 {
		c.hasQual = false
		return i
	}
	return j
}

// arabicAdjective reports whether token i is an Arabic word with the
// article, as in "اليوم الوطني", "اليوم العالمي".
func (p *parser) arabicAdjective(i int) bool {
	t := p.tok(i)
	if t == nil || t.kind != tWord || t.flags&fLine != 0 || t.e-t.s < 4 {
		return false
	}
	return t.ent.class&(cMuwafiq|cQual) == 0 && len(p.text(i)) >= 4 && p.text(i)[:4] == "ال"
}

func (p *parser) text(i int) string { return p.src[p.toks[i].s:p.toks[i].e] }

// ordinalDay reads an Arabic ordinal day at i: "الثامن", "الحادي عشر",
// "الخامس والعشرين", "الثلاثين".
func (p *parser) ordinalDay(i int) (d, next int, ok bool) {
	switch {
	case p.is(i, cDayOrd|cOrd):
		d = int(p.toks[i].ent.val)
	case p.is(i, cTens):
		return int(p.toks[i].ent.val), i + 1, true
	default:
		return 0, 0, false
	}
	i++
	switch {
	case p.is(i, cTeen) && d < 10:
		d += 10
		i++
	case p.is(i, cTens) && p.toks[i].flags&fStripped != 0 && d < 10:
		d += int(p.toks[i].ent.val)
		i++
	}
	return d, i, d <= 31
}

// closingQuote reports whether token i is a closing quotation mark written
// against the word before it.
func (p *parser) closingQuote(i int) bool {
	t := p.tok(i)
	if t == nil || t.kind != tPunct || t.flags&fSpace != 0 {
		return false
	}
	if n := p.tok(i + 1); n != nil && n.kind == tWord && n.flags&fSpace == 0 {
		return false // an apostrophe inside a word: aujourd’hui
	}
	switch t.r {
	case '"', '»', '”', '’':
		return true
	}
	return false
}
