package dates

import (
	"strings"
	"unicode/utf8"
)

// scan finds every date mention of the text, in text order.
func (p *parser) scan() {
	for i := 0; i < len(p.toks); {
		if t := &p.toks[i]; t.kind == tPunct || t.kind == tWord && t.ent.class&starters == 0 {
			i++
			continue
		}
		c, ok := p.at(i)
		if !ok {
			i++
			continue
		}
		p.add(c)
		i = c.te
	}
	p.hedged()
}

// hedged leaves out the days offered as alternatives, which the text does
// not commit to: two mentions joined by "or" ("Monday or Tuesday", "الأحد أو
// الاثنين", "lundi ou mardi"), and a date after "N or" ("5 or 6 June").
func (p *parser) hedged() {
	drop := func(k int) bool {
		c := &p.cands[k]
		if p.is(c.ts-1, cOr) {
			if k > 0 && p.cands[k-1].te == c.ts-1 {
				return true
			}
			if t := p.tok(c.ts - 2); t != nil && t.kind == tNum && c.kind == kDate {
				return true // "5 or 6 June"
			}
		}
		return p.is(c.te, cOr) && k+1 < len(p.cands) && p.cands[k+1].ts == c.te+1
	}
	for k := len(p.cands) - 1; k >= 0; k-- {
		if drop(k) {
			p.cands[k].kind = kSkip // marked from the end: drop reads the mention before
		}
	}
	n := 0
	for k := range p.cands {
		if p.cands[k].kind != kSkip {
			p.cands[n] = p.cands[k]
			n++
		}
	}
	p.cands = p.cands[:n]
}

// starters are the classes of the words a date mention can start with.
const starters = cRel | cRelX | cAwwal | cAfter | cAvant | cApres | cQual | cWday | cMonth | cAbbr | cLev | cOrd | cDayOrd | cSeq | cDayN

// at parses the date mention starting at token i, if any.
func (p *parser) at(i int) (cand, bool) {
	pre := cand{ts: i, wd: -1}
	j := p.prefix(i, &pre)
	if pre.relPrev && pre.wd < 0 {
		if c, ok := p.anchored(i, j, &pre); ok {
			return c, true
		}
	}
	k := j
	open := false
	for n := 0; j > i && n < 3 && (p.comma(k) || p.dash(k) || p.punct(k, '(') || p.punct(k, ':') || p.is(k, cMuwafiq)); n++ {
		open = open || p.punct(k, '(')
		k++ // "اليوم الجمعة، (19 أيلول 2025)", "السبت المقبل الموافق 8 شباط 2025"
	}
	if c, ok := p.core(k); ok && (j == i || c.kind != kMonth) {
		if j > i {
			c.ts, c.wd, c.today = i, pre.wd, pre.today
			if pre.relPrev && p.is(i-1, cArt) {
				c.ts = i - 1
			}
			if open && p.punct(c.te, ')') {
				c.te++
			}
		} else if c.kind == kRange && !c.pair && p.is(i-1, cFrom|cBetween) {
			c.ts = i - 1
		}
		if c.kind == kDate || c.kind == kHijri {
			p.twin(&c)
		}
		return c, true
	}
	if j > i {
		pre.kind, pre.te = kRel, j
		if pre.wd >= 0 && !pre.hasRel && !pre.hasQual && p.weekdaySpan(j) {
			pre.kind, pre.te = kSkip, j+2 // "de vendredi à dimanche": a vague span
		}
		if pre.relPrev && p.is(i-1, cArt) {
			pre.ts = i - 1
		}
		return pre, true
	}
	return p.yearAlone(i)
}

// twin merges a Hijri date with its Gregorian twin printed beside it, or a
// Gregorian date with its Hijri twin ("الموافق").
func (p *parser) twin(c *cand) {
	j := c.te
	for n := 0; n < 6; n++ {
		if p.comma(j) || p.dash(j) || p.punct(j, '/') || p.punct(j, '(') || p.punct(j, ')') ||
			p.is(j, cGMark|cHMark|cMuwafiq|cWday) {
			j++
			continue
		}
		break
	}
	o, ok := p.core(j)
	if !ok || o.kind == c.kind || o.kind != kDate && o.kind != kHijri {
		return
	}
	g, h := c, &o
	if c.kind == kHijri {
		g, h = &o, c
	}
	if g.y == 0 || g.alt {
		return
	}
	gd := civilDays(g.y, g.m, g.d)
	hy := h.y
	if hy == 0 {
		hy = hijriYear(gd)
	}
	match := false
	for dy := -1; dy <= 1 && !match; dy++ {
		if h.y != 0 && dy != 0 {
			continue
		}
		if hd, ok := hijriDays(hy+dy, h.m, h.d); ok && hd-gd <= 2 && gd-hd <= 2 {
			match = true
		}
	}
	if !match {
		return
	}
	c.kind, c.y, c.m, c.d = kDate, g.y, g.m, g.d
	c.te, c.twin = o.te, true
	if c.wd < 0 {
		c.wd = o.wd
	}
}

// yearAlone parses a year on its own ("في عام 2014", "since 2003"), leaving
// out spans of years and the years of plans, budgets and event names.
func (p *parser) yearAlone(i int) (cand, bool) {
	c := cand{ts: i, wd: -1}
	y, ok := p.year(i)
	if !ok || y < 1900 || y > 2100 {
		return c, false
	}
	for _, k := range [2]int{i - 1, i + 1} {
		if t := p.tok(k); t != nil && t.kind == tPunct && (isDash(t.r) || t.r == '/') {
			if n := p.tok(2*k - i); n != nil && n.kind == tNum {
				return c, false
			}
		}
	}
	te := i + 1
	if p.is(te, cGMark) {
		te++
	}
	k := i - 1
	if p.punct(k, '(') {
		k--
	}
	if !p.is(k, cYCtx) && te == i+1 {
		return c, false
	}
	for k := i - 6; k < i; k++ {
		if p.is(k, cPlan) {
			return c, false
		}
	}
	c.kind, c.y, c.te = kYear, y, te
	return c, true
}

// add records a candidate; pairs and ranges give one entry per stated day,
// and a date followed by "to"/"إلى" and another date becomes a range.
func (p *parser) add(c cand) {
	if c.kind == kSkip {
		return
	}
	if c.kind == kDate && len(p.cands) > 0 {
		prev := &p.cands[len(p.cands)-1]
		if prev.kind == kDate && prev.te+1 == c.ts && (p.is(prev.te, cTo) || p.dash(prev.te)) && !prev.alt && !c.alt {
			prev.kind, prev.ey, prev.em, prev.ed, prev.mid = kRange, c.y, c.m, c.d, c.ts
			if prev.y == 0 && c.y != 0 {
				prev.y = c.y
				if prev.m > c.m {
					prev.y--
				}
			}
			prev.te = c.te
			if p.is(prev.ts-1, cFrom|cBetween) {
				prev.ts--
			}
		}
	}
	if c.kind != kRange {
		p.cands = append(p.cands, c)
		return
	}
	if !c.pair {
		end := cand{ts: c.mid, te: c.te, kind: kDate, y: c.ey, m: c.em, d: c.ed, wd: -1}
		p.cands = append(p.cands, c, end)
		return
	}
	// A list of days sharing a month: one date for each.
	c.kind = kDate
	p.cands = append(p.cands, c)
	for k := 0; k < int(c.nmore); k++ {
		i := int(c.more[k])
		p.cands = append(p.cands, cand{ts: i, te: c.te, kind: kDate, y: c.y, m: c.m, d: int(p.toks[i].num), wd: -1})
	}
}

// weekdaySpan reports whether tokens i, i+1 continue a weekday into a span
// of weekdays: "à dimanche", "to Sunday", "إلى الأحد", "-الأحد".
func (p *parser) weekdaySpan(i int) bool {
	if !p.is(i+1, cWday) {
		return false
	}
	return p.is(i, cTo) || p.dash(i) || p.tok(i) != nil && p.toks[i].kind == tWord && p.text(i) == "à"
}

// anchored reads what follows a day counted from another one ("the day
// after", "le lendemain", "اليوم التالي", ending at token j). When a
// complement names what it is counted from ("le lendemain de son
// départ", "the day after the ceasefire", "اليوم التالي لوصوله"), the day
// depends on that: counted from a date stated there ("la veille du 14
// juillet"), else left out, not counted from the date mentioned before.
func (p *parser) anchored(i, j int, pre *cand) (cand, bool) {
	start, ok := p.complement(j)
	if !ok {
		return cand{}, false
	}
	if c, ok := p.core(start); ok && c.kind == kDate {
		c.ts, c.shift, c.wd = pre.ts, pre.rel, -1
		if p.is(i-1, cArt) {
			c.ts = i - 1
		}
		return c, true
	}
	return cand{ts: i, te: j, kind: kSkip, wd: -1}, true
}

// complement returns the first token of the complement of a relative day
// ending before token j, if one follows: a genitive "de/du/des/d'/of", an
// Arabic "لـ" (glued or not: "للتوقيع", "لوصوله"), or, after "the day
// after/before/following", any word or number of the same line.
func (p *parser) complement(j int) (int, bool) {
	t := p.tok(j)
	if t == nil || t.flags&fLine != 0 || t.kind == tPunct {
		return 0, false
	}
	if p.is(j-1, cAnchorP) && p.is(j-2, cDayN) {
		return j, true
	}
	if t.kind != tWord {
		return 0, false
	}
	if p.is(j, cGen) {
		return j + 1, true
	}
	w := p.text(j)
	if (w == "d" || w == "D") && (p.punct(j+1, '\'') || p.punct(j+1, '’')) {
		return j + 2, true
	}
	return p.arabicLam(j)
}

// arabicLam reports whether word j is the preposition لـ, alone or glued
// to its noun ("للتوقيع", "لإعلان"), and returns where the noun starts. Short
// particles that begin with the same letter (لم، لن، لا، لقد، لكن، لذلك) are
// not the preposition.
func (p *parser) arabicLam(j int) (int, bool) {
	w := p.text(j)
	if !strings.HasPrefix(w, "ل") {
		return 0, false
	}
	rest := strings.ReplaceAll(w[len("ل"):], "ـ", "")
	switch {
	case rest == "":
		return j + 1, true // "لـ" written apart
	case strings.HasPrefix(rest, "ل"):
		return j, true // لل + noun: the preposition before the article
	case strings.HasPrefix(rest, "كن") || strings.HasPrefix(rest, "ذلك") || strings.HasPrefix(rest, "ذا"):
		return 0, false
	case utf8.RuneCountInString(rest) >= 3:
		return j, true
	}
	return 0, false
}
